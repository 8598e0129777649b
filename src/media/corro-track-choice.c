/* corro-track-choice.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-track-choice"

#include "config.h"

#include <string.h>

#include "corro-media-track.h"
#include "corro-track-choice.h"

/* Which sound track a clip plays with: the one the facilitator chose for it before
 * (kept in the store per clip key), else the first in the group's content language,
 * else the first. */

static gboolean
same_language (const char *code,
               const char *language)
{
  gsize length;

  if (code == NULL || language == NULL || language[0] == '\0')
    return FALSE;

  /* "es" matches "es" and "es-MX"; "es_ES" is asked for as "es". */
  length = strcspn (language, "_-.@");
  return g_ascii_strncasecmp (code, language, length) == 0 &&
         (code[length] == '\0' || code[length] == '-' || code[length] == '_');
}

/**
 * corro_track_choice_audio:
 * @tracks: a clip's audio tracks (#CorroMediaTrack)
 * @remembered: the track chosen before for this clip, or -1
 * @language: (nullable): the content language, e.g. "es"
 *
 * Returns: the index of the track to play, or -1 when there is no sound
 */
int
corro_track_choice_audio (GListModel *tracks,
                          int         remembered,
                          const char *language)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (tracks), -1);

  n = g_list_model_get_n_items (tracks);
  if (n == 0)
    return -1;
  if (remembered >= 0 && (guint) remembered < n)
    return remembered;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroMediaTrack) track = g_list_model_get_item (tracks, i);

      if (same_language (corro_media_track_get_language_code (track), language))
        return (int) i;
    }

  return 0;
}
