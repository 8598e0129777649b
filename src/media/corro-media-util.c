/* corro-media-util.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small helpers shared by the player and the prober: GStreamer start-up, URIs and
 * names, checking a file before GStreamer sees it, subtitle files beside a video.
 */

#define G_LOG_DOMAIN "corro-media"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gst/tag/tag.h>

#include "corro-media-private.h"

static const char * const subtitle_extensions[] = { "srt", "vtt" };

/* helpers */

static char *
strip_extension (const char *name)
{
  const char *dot = strrchr (name, '.');

  return dot != NULL && dot != name ? g_strndup (name, dot - name) : g_strdup (name);
}

static gboolean
has_subtitle_extension (const char *name)
{
  const char *dot = strrchr (name, '.');

  if (dot == NULL)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (subtitle_extensions); i++)
    if (g_ascii_strcasecmp (dot + 1, subtitle_extensions[i]) == 0)
      return TRUE;
  return FALSE;
}

static int
compare_subtitle_names (gconstpointer a,
                        gconstpointer b)
{
  const char *name_a = *(const char * const *) a;
  const char *name_b = *(const char * const *) b;
  gsize dots_a = 0, dots_b = 0;

  /* "clip.srt" before "clip.es.srt", then by name. */
  for (const char *p = name_a; *p; p++)
    dots_a += *p == '.';
  for (const char *p = name_b; *p; p++)
    dots_b += *p == '.';
  if (dots_a != dots_b)
    return dots_a < dots_b ? -1 : 1;
  return g_strcmp0 (name_a, name_b);
}

/* private API */

void
_corro_media_init (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      gst_init (NULL, NULL);
      g_once_init_leave (&initialised, 1);
    }
}

/**
 * _corro_media_uri_from_arg:
 * @path_or_uri: a path (absolute or relative to the working folder) or a URI
 *
 * Returns: (transfer full): a URI
 */
char *
_corro_media_uri_from_arg (const char *path_or_uri)
{
  g_autoptr(GFile) file = NULL;

  if (gst_uri_is_valid (path_or_uri) && !g_path_is_absolute (path_or_uri))
    return g_strdup (path_or_uri);

  file = g_file_new_for_commandline_arg (path_or_uri);
  return g_file_get_uri (file);
}

/**
 * _corro_media_display_name:
 *
 * Returns: (transfer full): the file's name as shown in messages, without its folder
 */
char *
_corro_media_display_name (const char *uri)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  if (uri == NULL)
    return g_strdup ("");

  path = g_filename_from_uri (uri, NULL, NULL);
  if (path != NULL)
    return g_filename_display_basename (path);

  file = g_file_new_for_uri (uri);
  return g_file_get_parse_name (file);
}

/**
 * _corro_media_format_time:
 *
 * Returns: (transfer full): e.g. "4:03.52", or "1:02:03.00" past an hour
 */
char *
_corro_media_format_time (gint64 us)
{
  gint64 centis = (MAX (us, 0) + 5000) / 10000;
  gint64 seconds = centis / 100;

  if (seconds >= 3600)
    return g_strdup_printf ("%d:%02d:%02d.%02d", (int) (seconds / 3600),
                            (int) (seconds / 60 % 60), (int) (seconds % 60),
                            (int) (centis % 100));

  return g_strdup_printf ("%d:%02d.%02d", (int) (seconds / 60), (int) (seconds % 60),
                          (int) (centis % 100));
}

/**
 * _corro_media_check_file:
 *
 * Catches, before GStreamer does, what it would report unclearly or not at all: a
 * local file that is missing, a folder, unreadable or empty. Other URIs pass.
 */
gboolean
_corro_media_check_file (const char  *uri,
                         GError     **error)
{
  g_autofree char *path = g_filename_from_uri (uri, NULL, NULL);
  g_autofree char *name = _corro_media_display_name (uri);
  GStatBuf st;

  if (path == NULL)
    return TRUE;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == EACCES)
        g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_UNREADABLE,
                     _("Corro may not read the video file “%s”. Check that the file and its "
                       "folder may be read by you."), name);
      else
        g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_NOT_FOUND,
                     _("The video file “%s” is not there. It may have been moved, renamed "
                       "or deleted, or its disk may not be connected."), name);
      return FALSE;
    }

  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_NOT_MEDIA,
                   _("“%s” is a folder; choose a video file inside it."), name);
      return FALSE;
    }

  if (g_access (path, R_OK) != 0)
    {
      g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_UNREADABLE,
                   _("Corro may not read the video file “%s”. Check that the file and its "
                     "folder may be read by you."), name);
      return FALSE;
    }

  if (S_ISREG (st.st_mode) && st.st_size == 0)
    {
      g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_EMPTY,
                   _("The video file “%s” is empty: it holds no data at all. Copy it again "
                     "from the original."), name);
      return FALSE;
    }

  return TRUE;
}

/**
 * _corro_media_caps_have_decoder:
 *
 * Returns: whether an installed, autoplugged decoder accepts @caps (raw formats need none)
 */
gboolean
_corro_media_caps_have_decoder (const GstCaps *caps)
{
  g_autoptr(GstCaps) loose = NULL;
  GList *factories;
  GList *matching;
  const char *name;
  gboolean found;

  if (caps == NULL || gst_caps_is_empty (caps) || gst_caps_is_any (caps))
    return FALSE;

  name = gst_structure_get_name (gst_caps_get_structure (caps, 0));
  if (g_str_has_suffix (name, "/x-raw"))
    return TRUE;

  /* The caps a prober reports may say parsed=false; decoders want parsed input, which a
   * parser would give them. */
  loose = gst_caps_copy (caps);
  for (guint i = 0; i < gst_caps_get_size (loose); i++)
    gst_structure_remove_fields (gst_caps_get_structure (loose, i), "parsed", "framed",
                                 "stream-format", "alignment", NULL);

  factories = gst_element_factory_list_get_elements (GST_ELEMENT_FACTORY_TYPE_DECODER,
                                                     GST_RANK_MARGINAL);
  matching = gst_element_factory_list_filter (factories, loose, GST_PAD_SINK, FALSE);
  found = matching != NULL;
  gst_plugin_feature_list_free (matching);
  gst_plugin_feature_list_free (factories);

  return found;
}

/**
 * _corro_media_find_subtitle_files:
 *
 * Looks beside a local video for `NAME.srt`, `NAME.vtt` and `NAME.LANG.srt` or
 * `NAME.LANG.vtt`; the plain names first.
 *
 * Returns: (transfer full) (element-type utf8): their URIs, possibly none
 */
GPtrArray *
_corro_media_find_subtitle_files (const char *uri)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = g_filename_from_uri (uri, NULL, NULL);
  g_autofree char *dir_path = NULL;
  g_autofree char *base = NULL;
  g_autofree char *stem = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (path == NULL)
    return found;

  dir_path = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  stem = strip_extension (base);
  dir = g_dir_open (dir_path, 0, NULL);
  if (dir == NULL)
    return found;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *name_stem = NULL;

      if (!has_subtitle_extension (name) || !g_str_has_prefix (name, stem))
        continue;
      name_stem = strip_extension (name);
      /* "clip.srt", or "clip.xx.srt" with one more dotted part. */
      if (strcmp (name_stem, stem) == 0 ||
          (name_stem[strlen (stem)] == '.' && strchr (name_stem + strlen (stem) + 1, '.') == NULL))
        g_ptr_array_add (names, g_strdup (name));
    }

  g_ptr_array_sort (names, compare_subtitle_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *child = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);

      g_ptr_array_add (found, g_filename_to_uri (child, NULL, NULL));
    }

  return found;
}

/**
 * _corro_media_language_from_name:
 *
 * Returns: (transfer full) (nullable): the language a subtitle file's name gives, e.g.
 *   "es" for `clip.es.srt` or `clip.spa.srt`
 */
char *
_corro_media_language_from_name (const char *subtitle_uri)
{
  g_autofree char *path = g_filename_from_uri (subtitle_uri, NULL, NULL);
  g_autofree char *base = NULL;
  g_autofree char *stem = NULL;
  const char *dot;
  const char *code;

  if (path == NULL)
    return NULL;

  base = g_path_get_basename (path);
  stem = strip_extension (base);
  dot = strrchr (stem, '.');
  if (dot == NULL || strlen (dot + 1) < 2 || strlen (dot + 1) > 3)
    return NULL;

  code = gst_tag_get_language_code_iso_639_1 (dot + 1);
  if (code == NULL && gst_tag_get_language_name (dot + 1) != NULL)
    code = dot + 1;

  return g_strdup (code);
}

/**
 * _corro_media_make_audio_sink:
 *
 * `CORRO_AUDIO_SINK` (a gst-launch description such as `fakeaudiosink`) replaces the
 * sound output, so that tests and benchmarks never open a sound device. The player
 * always makes its own sink, to watch what reaches it.
 *
 * Returns: (transfer floating): the sink, `autoaudiosink` unless told otherwise
 */
GstElement *
_corro_media_make_audio_sink (void)
{
  const char *description = g_getenv ("CORRO_AUDIO_SINK");
  g_autoptr(GError) error = NULL;
  GstElement *sink = NULL;

  if (description != NULL && *description != '\0')
    {
      sink = gst_parse_bin_from_description (description, TRUE, &error);
      if (sink == NULL)
        g_warning ("CORRO_AUDIO_SINK=%s is not usable: %s", description, error->message);
    }
  if (sink == NULL)
    sink = gst_element_factory_make ("autoaudiosink", NULL);
  if (sink == NULL)
    g_error ("GStreamer's autoaudiosink is missing: install gstreamer1.0-plugins-good");

  return sink;
}
