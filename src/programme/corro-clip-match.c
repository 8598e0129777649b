/* corro-clip-match.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-clip-match"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "corro-clip-match.h"

/* Which programme clip a video file is likely to be, judged by its name alone
 * ("ch3-being-with.mp4", "Chapter 3.vob", "capitulo_03.mkv"), and the search of a
 * folder for video files. The facilitator always confirms a match. */

#define MAX_DEPTH 6
#define MAX_FILES 2000

enum {
  SCORE_OLD_NAME = 100,   /* the very name the key was linked to before */
  SCORE_KEY = 90,         /* the key itself, in any case and spacing */
  SCORE_CHAPTER = 50,     /* the key's chapter number, as "ch3", "chapter 3" or "cap 03" */
};

static const char * const video_extensions[] = {
  "avi", "m2ts", "m4v", "mkv", "mov", "mp4", "mpeg", "mpg", "mts", "ogv", "ts", "vob", "webm",
  "wmv", NULL,
};

static const char * const chapter_words[] = {
  "ch", "chap", "chapter", "cap", "capitulo", "capítulo", "c", NULL,
};

/* "Ch3 Being_With.MP4" → "ch3-being-with" */
static char *
normalize (const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);
  const char *dot = strrchr (lower, '.');
  GString *text = g_string_new (NULL);
  gboolean dash = FALSE;

  for (const char *p = lower; *p != '\0' && (dot == NULL || p < dot); p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (dash && text->len > 0)
            g_string_append_c (text, '-');
          g_string_append_unichar (text, c);
          dash = FALSE;
        }
      else
        dash = TRUE;
    }

  return g_string_free (text, FALSE);
}

static int
key_chapter (const char *key)
{
  if (g_ascii_strncasecmp (key, "ch", 2) != 0 || !g_ascii_isdigit (key[2]))
    return 0;
  return atoi (key + 2);
}

/* Whether @token names chapter @chapter: "ch3", "chapter03", or "3" after "chapter". */
static gboolean
token_is_chapter (const char *token,
                  const char *previous,
                  int         chapter)
{
  gsize digits = strspn (token, "0123456789");
  gsize letters = 0;

  if (digits > 0 && token[digits] == '\0')
    {
      if (atoi (token) != chapter)
        return FALSE;
      if (previous == NULL)
        return TRUE;
      return g_strv_contains (chapter_words, previous) || !g_ascii_isdigit (previous[0]);
    }

  while (g_ascii_isalpha (token[letters]))
    letters++;
  if (letters == 0 || !g_ascii_isdigit (token[letters]) ||
      token[letters + strspn (token + letters, "0123456789")] != '\0')
    return FALSE;

  {
    g_autofree char *word = g_strndup (token, letters);

    return g_strv_contains (chapter_words, word) && atoi (token + letters) == chapter;
  }
}

/**
 * corro_clip_match_score:
 * @file_name: a video file's name
 * @key: a clip key, e.g. "ch3-being-with"
 * @old_name: (nullable): the name of the file @key was linked to before
 *
 * Returns: how well @file_name matches @key: 0 not at all, up to 100 certainly
 */
int
corro_clip_match_score (const char *file_name,
                        const char *key,
                        const char *old_name)
{
  g_autofree char *name = NULL;
  g_autofree char *wanted = NULL;
  g_auto(GStrv) tokens = NULL;
  int chapter;

  g_return_val_if_fail (file_name != NULL && key != NULL, 0);

  if (old_name != NULL && g_strcmp0 (file_name, old_name) == 0)
    return SCORE_OLD_NAME;

  name = normalize (file_name);
  wanted = normalize (key);
  if (wanted[0] != '\0' && strstr (name, wanted) != NULL)
    return SCORE_KEY;

  if ((chapter = key_chapter (key)) <= 0)
    return 0;

  tokens = g_strsplit (name, "-", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    if (token_is_chapter (tokens[i], i > 0 ? tokens[i - 1] : NULL, chapter))
      return SCORE_CHAPTER;

  return 0;
}

/**
 * corro_clip_match_best:
 * @keys: (array length=n_keys): the programme's clip keys
 * @old_names: (array length=n_keys) (nullable): for each key, the name of the file it was
 *   linked to, or %NULL
 * @score: (out) (optional): the best score
 *
 * Returns: (nullable): the key that @file_name matches best, the first on a tie
 */
const char *
corro_clip_match_best (const char         *file_name,
                       const char * const *keys,
                       const char * const *old_names,
                       guint               n_keys,
                       int                *score)
{
  const char *best = NULL;
  int best_score = 0;

  g_return_val_if_fail (file_name != NULL, NULL);

  for (guint i = 0; i < n_keys; i++)
    {
      int value = corro_clip_match_score (file_name, keys[i],
                                          old_names != NULL ? old_names[i] : NULL);

      if (value > best_score)
        {
          best = keys[i];
          best_score = value;
        }
    }

  if (score != NULL)
    *score = best_score;
  return best;
}

gboolean
corro_clip_match_is_video_name (const char *file_name)
{
  const char *dot;
  g_autofree char *extension = NULL;

  g_return_val_if_fail (file_name != NULL, FALSE);

  if (file_name[0] == '.' || (dot = strrchr (file_name, '.')) == NULL)
    return FALSE;

  extension = g_ascii_strdown (dot + 1, -1);
  return g_strv_contains (video_extensions, extension);
}

static gboolean
walk_in (GFile               *folder,
         guint                depth,
         guint                max_depth,
         CorroClipMatchVisit  visit,
         gpointer             user_data,
         gboolean            *stopped,
         GCancellable        *cancellable,
         GError             **error)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;

  enumerator = g_file_enumerate_children (folder,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                          G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                          G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable,
                                          error);
  if (enumerator == NULL)
    return FALSE;

  while (!*stopped)
    {
      GFileInfo *info = NULL;
      GFile *child = NULL;

      if (!g_file_enumerator_iterate (enumerator, &info, &child, cancellable, error))
        return FALSE;
      if (info == NULL)
        break;

      if (g_file_info_get_is_hidden (info))
        continue;
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        {
          g_autoptr(GError) inner = NULL;

          if (depth < max_depth &&
              !walk_in (child, depth + 1, max_depth, visit, user_data, stopped, cancellable,
                        &inner))
            {
              if (g_error_matches (inner, G_IO_ERROR, G_IO_ERROR_CANCELLED))
                {
                  g_propagate_error (error, g_steal_pointer (&inner));
                  return FALSE;
                }
              g_debug ("Skipping a folder: %s", inner->message);
            }
        }
      else if (!visit (child, info, user_data))
        *stopped = TRUE;
    }

  return TRUE;
}

/**
 * corro_clip_match_walk:
 * @max_depth: how many levels of subfolders to enter
 * @visit: called with each file that is not a folder nor hidden (its info has the name,
 *   type and size); returns %FALSE to stop the walk
 *
 * Walks @folder and its subfolders, skipping hidden ones and those that cannot be read.
 * Symbolic links are not followed. Blocks: call it in a thread.
 */
gboolean
corro_clip_match_walk (GFile                *folder,
                       guint                 max_depth,
                       CorroClipMatchVisit   visit,
                       gpointer              user_data,
                       GCancellable         *cancellable,
                       GError              **error)
{
  gboolean stopped = FALSE;

  g_return_val_if_fail (G_IS_FILE (folder), FALSE);
  g_return_val_if_fail (visit != NULL, FALSE);

  return walk_in (folder, 0, max_depth, visit, user_data, &stopped, cancellable, error);
}

static gboolean
add_video (GFile     *file,
           GFileInfo *info,
           gpointer   user_data)
{
  GPtrArray *uris = user_data;

  if (corro_clip_match_is_video_name (g_file_info_get_name (info)))
    g_ptr_array_add (uris, g_file_get_uri (file));
  return uris->len < MAX_FILES;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
find_videos_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  g_autoptr(GPtrArray) uris = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  if (!corro_clip_match_walk (task_data, MAX_DEPTH, add_video, uris, cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_ptr_array_sort (uris, compare_strings);
  g_ptr_array_add (uris, NULL);
  g_task_return_pointer (task, g_ptr_array_steal (uris, NULL), (GDestroyNotify) g_strfreev);
}

/**
 * corro_clip_match_find_videos_async:
 *
 * Looks for video files, by their names, in @folder and its subfolders, in a thread.
 */
void
corro_clip_match_find_videos_async (GFile               *folder,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (folder));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, corro_clip_match_find_videos_async);
  g_task_set_task_data (task, g_object_ref (folder), g_object_unref);
  g_task_run_in_thread (task, find_videos_thread);
}

/**
 * corro_clip_match_find_videos_finish:
 *
 * Returns: (transfer full) (array zero-terminated=1): the videos' URIs, sorted
 */
char **
corro_clip_match_find_videos_finish (GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
