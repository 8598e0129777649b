/* corro-media-check.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `corro --check-media FILE`: what a video file holds and whether Corro can play it,
 * for staff scripts and for a facilitator's helper, with no display needed.
 */

#define G_LOG_DOMAIN "corro-media-check"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-clip-info.h"
#include "corro-media-check.h"
#include "corro-media-private.h"

/* helpers */

static char *
describe_language (CorroMediaTrack *track)
{
  const char *code = corro_media_track_get_language_code (track);
  const char *name = corro_media_track_get_language_name (track);

  if (code == NULL)
    return g_strdup (_("language not stated"));
  if (name == NULL)
    return g_strdup (code);

  /* Translators: a language and its code, e.g. "Spanish (es)" */
  return g_strdup_printf (_("%s (%s)"), name, code);
}

static char *
describe_frame_rate (double fps)
{
  if (fps <= 0.0)
    return g_strdup (_("frame rate not stated"));

  /* 25 or 29.97 */
  if (fps == (int) fps)
    return g_strdup_printf (_("%d frames per second"), (int) fps);
  return g_strdup_printf (_("%.2f frames per second"), fps);
}

static void
print_info (CorroClipInfo *info)
{
  GListModel *audio = corro_clip_info_get_audio_tracks (info);
  GListModel *subtitles = corro_clip_info_get_subtitle_tracks (info);
  g_autofree char *name = _corro_media_display_name (corro_clip_info_get_uri (info));
  g_autofree char *duration = _corro_media_format_time (corro_clip_info_get_duration (info));
  guint n_audio = g_list_model_get_n_items (audio);
  guint n_subtitles = g_list_model_get_n_items (subtitles);

  g_print (_("File: %s\n"), name);
  g_print (_("Container: %s\n"), corro_clip_info_get_container (info) != NULL
                                   ? corro_clip_info_get_container (info)
                                   : _("none"));
  g_print (_("Duration: %s\n"), duration);

  if (corro_clip_info_has_video (info))
    {
      g_autofree char *rate = describe_frame_rate (corro_clip_info_get_frame_rate (info));
      int width = corro_clip_info_get_width (info);
      int display_width = corro_clip_info_get_display_width (info);

      /* Translators: "Video: MPEG-2 Video, 720×576, 25 frames per second" */
      g_print (_("Video: %s, %d×%d, %s\n"),
               corro_clip_info_get_video_codec (info), width,
               corro_clip_info_get_height (info), rate);
      if (display_width != width)
        /* Translators: non-square pixels, as on DVDs: the picture's size on screen */
        g_print (_("  shown as %d×%d\n"), display_width, corro_clip_info_get_height (info));
    }
  else
    {
      g_print (_("Video: none\n"));
    }

  if (n_audio == 0)
    g_print (_("Audio: none\n"));
  for (guint i = 0; i < n_audio; i++)
    {
      g_autoptr(CorroMediaTrack) track = g_list_model_get_item (audio, i);
      g_autofree char *language = describe_language (track);
      const char *codec = corro_media_track_get_codec (track);

      /* Translators: "Audio track 1: AC-3 (ATSC A/52), Spanish (es)" */
      g_print (_("Audio track %u: %s, %s"), i + 1, codec != NULL ? codec : _("unknown format"),
               language);
      if (!corro_media_track_get_decodable (track))
        g_print ("%s", _(" — no decoder installed"));
      g_print ("\n");
    }

  if (n_subtitles == 0)
    g_print (_("Subtitles: none\n"));
  for (guint i = 0; i < n_subtitles; i++)
    {
      g_autoptr(CorroMediaTrack) track = g_list_model_get_item (subtitles, i);
      g_autofree char *language = describe_language (track);

      if (corro_media_track_get_external (track))
        {
          g_autofree char *file = _corro_media_display_name (corro_media_track_get_uri (track));

          /* Translators: "Subtitle track 2: Spanish (es), from the file clip.es.srt" */
          g_print (_("Subtitle track %u: %s, from the file %s\n"), i + 1, language, file);
        }
      else
        {
          g_print (_("Subtitle track %u: %s\n"), i + 1, language);
        }
    }
}

/* public API */

/**
 * corro_media_check:
 * @path_or_uri: a video file
 *
 * Prints what the file holds on standard output and, when Corro cannot play it, why
 * on standard error. Needs no display.
 *
 * Returns: the exit status: 0 when Corro can play the file, 1 otherwise
 */
int
corro_media_check (const char *path_or_uri)
{
  g_autoptr(CorroClipInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (path_or_uri != NULL, 1);

  info = corro_clip_info_probe (path_or_uri, NULL, &error);
  if (info == NULL)
    {
      g_printerr ("corro: %s\n", error->message);
      return 1;
    }

  print_info (info);

  if (!corro_clip_info_get_playable (info))
    {
      g_print (_("Corro cannot play this file.\n"));
      g_printerr ("corro: %s\n", corro_clip_info_get_problem (info)->message);
      return 1;
    }

  g_print (_("Corro can play this file.\n"));
  return 0;
}
