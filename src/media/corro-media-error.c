/* corro-media-error.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turns what GStreamer reports (errors, missing-plugin messages, an early end) into
 * messages a facilitator can act on. GStreamer's own text goes to the debug log only.
 */

#define G_LOG_DOMAIN "corro-media-error"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <gst/pbutils/pbutils.h>

#include "corro-media-private.h"

G_DEFINE_QUARK (corro-media-error-quark, corro_media_error)

/* Which Debian 12 package brings the decoder or demuxer for a format. Checked with
 * `gst-inspect-1.0` and `dpkg -S` on bookworm: libav covers the patent-encumbered
 * codecs (H.264, H.265, AAC, AC-3, MPEG-1/2 video), ugly the DVD-specific pieces. */
typedef struct
{
  const char       *media_type;
  const char       *field;        /* an int field that must match, or NULL */
  int               value;
  const char       *codec;        /* marked N_() when it holds words to translate */
  const char       *package;
  CorroMissingKind  kind;
} KnownFormat;

static const KnownFormat known_formats[] = {
  { "video/x-h264", NULL, 0, "H.264", "gstreamer1.0-libav", CORRO_MISSING_VIDEO },
  { "video/x-h265", NULL, 0, "H.265 (HEVC)", "gstreamer1.0-libav", CORRO_MISSING_VIDEO },
  { "video/mpeg", "systemstream", TRUE, N_("MPEG program stream"), "gstreamer1.0-plugins-bad",
    CORRO_MISSING_CONTAINER },
  { "video/mpeg", "mpegversion", 1, N_("MPEG-1 video"), "gstreamer1.0-libav",
    CORRO_MISSING_VIDEO },
  { "video/mpeg", "mpegversion", 2, N_("MPEG-2 video"), "gstreamer1.0-libav",
    CORRO_MISSING_VIDEO },
  { "video/mpeg", "mpegversion", 4, N_("MPEG-4 video"), "gstreamer1.0-libav",
    CORRO_MISSING_VIDEO },
  { "video/x-divx", NULL, 0, "DivX", "gstreamer1.0-libav", CORRO_MISSING_VIDEO },
  { "video/x-xvid", NULL, 0, "Xvid", "gstreamer1.0-libav", CORRO_MISSING_VIDEO },
  { "video/x-vp8", NULL, 0, "VP8", "gstreamer1.0-plugins-good", CORRO_MISSING_VIDEO },
  { "video/x-vp9", NULL, 0, "VP9", "gstreamer1.0-plugins-good", CORRO_MISSING_VIDEO },
  { "video/x-av1", NULL, 0, "AV1", "gstreamer1.0-plugins-bad", CORRO_MISSING_VIDEO },
  { "video/x-theora", NULL, 0, "Theora", "gstreamer1.0-plugins-base", CORRO_MISSING_VIDEO },
  { "video/x-wmv", NULL, 0, N_("Windows Media video"), "gstreamer1.0-libav",
    CORRO_MISSING_VIDEO },
  { "audio/mpeg", "mpegversion", 1, N_("MPEG audio (MP2 or MP3)"), "gstreamer1.0-plugins-good",
    CORRO_MISSING_AUDIO },
  { "audio/mpeg", NULL, 0, "AAC", "gstreamer1.0-libav", CORRO_MISSING_AUDIO },
  { "audio/x-ac3", NULL, 0, N_("Dolby Digital (AC-3)"), "gstreamer1.0-libav",
    CORRO_MISSING_AUDIO },
  { "audio/ac3", NULL, 0, N_("Dolby Digital (AC-3)"), "gstreamer1.0-libav",
    CORRO_MISSING_AUDIO },
  { "audio/x-eac3", NULL, 0, N_("Dolby Digital Plus (E-AC-3)"), "gstreamer1.0-libav",
    CORRO_MISSING_AUDIO },
  { "audio/x-dts", NULL, 0, "DTS", "gstreamer1.0-libav", CORRO_MISSING_AUDIO },
  { "audio/x-private1-lpcm", NULL, 0, N_("DVD LPCM audio"), "gstreamer1.0-plugins-ugly",
    CORRO_MISSING_AUDIO },
  { "audio/x-lpcm", NULL, 0, N_("DVD LPCM audio"), "gstreamer1.0-plugins-ugly",
    CORRO_MISSING_AUDIO },
  { "audio/x-vorbis", NULL, 0, "Vorbis", "gstreamer1.0-plugins-base", CORRO_MISSING_AUDIO },
  { "audio/x-opus", NULL, 0, "Opus", "gstreamer1.0-plugins-base", CORRO_MISSING_AUDIO },
  { "audio/x-flac", NULL, 0, "FLAC", "gstreamer1.0-plugins-good", CORRO_MISSING_AUDIO },
  { "audio/x-wma", NULL, 0, N_("Windows Media audio"), "gstreamer1.0-libav",
    CORRO_MISSING_AUDIO },
  { "subpicture/x-dvd", NULL, 0, N_("DVD subtitles"), "gstreamer1.0-plugins-ugly",
    CORRO_MISSING_SUBTITLE },
  { "video/quicktime", NULL, 0, "MP4", "gstreamer1.0-plugins-good", CORRO_MISSING_CONTAINER },
  { "video/x-matroska", NULL, 0, "Matroska", "gstreamer1.0-plugins-good",
    CORRO_MISSING_CONTAINER },
  { "video/webm", NULL, 0, "WebM", "gstreamer1.0-plugins-good", CORRO_MISSING_CONTAINER },
  { "video/x-msvideo", NULL, 0, "AVI", "gstreamer1.0-plugins-good", CORRO_MISSING_CONTAINER },
  { "video/mpegts", NULL, 0, N_("MPEG transport stream"), "gstreamer1.0-plugins-bad",
    CORRO_MISSING_CONTAINER },
  { "video/x-ms-asf", NULL, 0, N_("Windows Media (ASF)"), "gstreamer1.0-plugins-ugly",
    CORRO_MISSING_CONTAINER },
  { "application/ogg", NULL, 0, "Ogg", "gstreamer1.0-plugins-base", CORRO_MISSING_CONTAINER },
};

/* helpers */

static const KnownFormat *
lookup_format (const GstCaps *caps)
{
  const GstStructure *s;
  const char *name;

  if (caps == NULL || gst_caps_is_empty (caps) || gst_caps_is_any (caps))
    return NULL;

  s = gst_caps_get_structure (caps, 0);
  name = gst_structure_get_name (s);

  for (gsize i = 0; i < G_N_ELEMENTS (known_formats); i++)
    {
      const KnownFormat *format = &known_formats[i];
      gboolean bvalue = FALSE;
      int ivalue = 0;

      if (g_strcmp0 (format->media_type, name) != 0)
        continue;
      if (format->field == NULL)
        return format;
      if (gst_structure_get_int (s, format->field, &ivalue) && ivalue == format->value)
        return format;
      if (gst_structure_get_boolean (s, format->field, &bvalue) && bvalue == format->value)
        return format;
    }

  return NULL;
}

/* private API */

CorroMissingKind
_corro_media_classify_missing (const GstCaps *caps)
{
  const KnownFormat *format = lookup_format (caps);
  const char *name;

  if (format != NULL)
    return format->kind;
  if (caps == NULL || gst_caps_is_empty (caps) || gst_caps_is_any (caps))
    return CORRO_MISSING_OTHER;

  name = gst_structure_get_name (gst_caps_get_structure (caps, 0));
  if (g_str_has_prefix (name, "video/"))
    return CORRO_MISSING_VIDEO;
  if (g_str_has_prefix (name, "audio/"))
    return CORRO_MISSING_AUDIO;
  if (g_str_has_prefix (name, "text/") || g_str_has_prefix (name, "subpicture/") ||
      g_str_has_prefix (name, "application/x-ass") || g_str_has_prefix (name, "application/x-ssa"))
    return CORRO_MISSING_SUBTITLE;

  return CORRO_MISSING_OTHER;
}

/**
 * _corro_media_set_missing_error:
 * @caps: what needs a decoder or demuxer
 * @description: (nullable): GStreamer's description of it, used for formats we do not know
 */
void
_corro_media_set_missing_error (GError        **error,
                                const GstCaps  *caps,
                                const char     *description)
{
  const KnownFormat *format = lookup_format (caps);
  g_autofree char *caps_string = caps != NULL ? gst_caps_to_string (caps) : NULL;

  g_debug ("Missing plugin for %s (%s)", caps_string, description);

  if (format != NULL && format->kind == CORRO_MISSING_CONTAINER)
    {
      g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_MISSING_DECODER,
                   /* Translators: the first %s is a file format such as "Matroska", the
                    * second a Debian package name such as "gstreamer1.0-plugins-good" */
                   _("Corro cannot open %s files yet; install %s."),
                   _(format->codec), format->package);
    }
  else if (format != NULL)
    {
      g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_MISSING_DECODER,
                   /* Translators: the first %s is a format such as "H.264", the second a
                    * Debian package name such as "gstreamer1.0-libav" */
                   _("This video needs the %s decoder; install %s."),
                   _(format->codec), format->package);
    }
  else
    {
      g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_MISSING_DECODER,
                   /* Translators: %s describes a format, e.g. "RealVideo 4.0 decoder" */
                   _("This video needs a part that is not installed (%s)."),
                   description != NULL ? description : caps_string);
    }
}

/* Reads GStreamer's installer details ("gstreamer|1.0|app|VP8 decoder|decoder-video/x-vp8")
 * and sets the error for the most important of them: video before audio before the rest. */
gboolean
_corro_media_set_missing_error_from_details (GError      **error,
                                             const char  **details)
{
  static const CorroMissingKind order[] = {
    CORRO_MISSING_CONTAINER, CORRO_MISSING_VIDEO, CORRO_MISSING_AUDIO, CORRO_MISSING_OTHER,
    CORRO_MISSING_SUBTITLE,
  };

  if (details == NULL || details[0] == NULL)
    return FALSE;

  for (gsize k = 0; k < G_N_ELEMENTS (order); k++)
    for (guint i = 0; details[i] != NULL; i++)
      {
        g_auto(GStrv) fields = g_strsplit (details[i], "|", 5);
        g_autoptr(GstCaps) caps = NULL;
        const char *what;

        if (g_strv_length (fields) < 5)
          continue;
        what = fields[4];
        if (g_str_has_prefix (what, "decoder-"))
          caps = gst_caps_from_string (what + strlen ("decoder-"));
        if (_corro_media_classify_missing (caps) != order[k])
          continue;

        _corro_media_set_missing_error (error, caps, fields[3]);
        return TRUE;
      }

  return FALSE;
}

/**
 * _corro_media_set_error_from_gst:
 * @gst_error: an error from a GStreamer ERROR message or from the discoverer
 * @debug: (nullable): GStreamer's debug string, logged
 * @from_audio_sink: whether the sound output posted it
 *
 * Sets @error to one of our own, never showing GStreamer's text to the user.
 */
void
_corro_media_set_error_from_gst (GError       **error,
                                 const GError  *gst_error,
                                 const char    *debug,
                                 gboolean       from_audio_sink,
                                 const char    *uri)
{
  g_autofree char *name = _corro_media_display_name (uri);
  g_autoptr(GError) file_error = NULL;

  g_debug ("GStreamer error on %s: %s (%s, %d) %s", uri, gst_error->message,
           g_quark_to_string (gst_error->domain), gst_error->code, debug ? debug : "");

  /* The file may have gone or changed since it was opened; say so first. */
  if (!from_audio_sink && !_corro_media_check_file (uri, &file_error))
    {
      g_propagate_error (error, g_steal_pointer (&file_error));
      return;
    }

  if (from_audio_sink)
    {
      g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_AUDIO_OUTPUT,
                   _("Corro could not play sound: no sound output is available. Check "
                     "that speakers or headphones are connected."));
    }
  else if (gst_error->domain == GST_RESOURCE_ERROR &&
           gst_error->code == GST_RESOURCE_ERROR_NOT_FOUND)
    {
      g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_NOT_FOUND,
                   _("The video file “%s” is not there. It may have been moved, renamed "
                     "or deleted, or its disk may not be connected."), name);
    }
  else if (gst_error->domain == GST_RESOURCE_ERROR &&
           (gst_error->code == GST_RESOURCE_ERROR_OPEN_READ ||
            gst_error->code == GST_RESOURCE_ERROR_READ ||
            gst_error->code == GST_RESOURCE_ERROR_NOT_AUTHORIZED))
    {
      g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_UNREADABLE,
                   _("Corro may not read the video file “%s”. Check that the file and its "
                     "folder may be read by you."), name);
    }
  else if (gst_error->domain == GST_STREAM_ERROR &&
           (gst_error->code == GST_STREAM_ERROR_TYPE_NOT_FOUND ||
            gst_error->code == GST_STREAM_ERROR_WRONG_TYPE))
    {
      g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_NOT_MEDIA,
                   _("“%s” is not a video file, or is in a format Corro does not know."),
                   name);
    }
  else if ((gst_error->domain == GST_STREAM_ERROR &&
            gst_error->code == GST_STREAM_ERROR_CODEC_NOT_FOUND) ||
           (gst_error->domain == GST_CORE_ERROR &&
            gst_error->code == GST_CORE_ERROR_MISSING_PLUGIN))
    {
      g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_MISSING_DECODER,
                   _("Corro cannot play “%s”: a decoder it needs is not installed."), name);
    }
  else if (gst_error->domain == GST_STREAM_ERROR &&
           (gst_error->code == GST_STREAM_ERROR_DEMUX ||
            gst_error->code == GST_STREAM_ERROR_DECODE ||
            gst_error->code == GST_STREAM_ERROR_FORMAT ||
            gst_error->code == GST_STREAM_ERROR_FAILED))
    {
      g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_DAMAGED,
                   _("The video file “%s” is damaged or incomplete and cannot be played. "
                     "Copy it again from the original."), name);
    }
  else
    {
      g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_FAILED,
                   _("Corro could not play “%s”."), name);
    }
}

void
_corro_media_set_truncated_error (GError     **error,
                                  const char  *uri,
                                  gint64       ended_us,
                                  gint64       length_us)
{
  g_autofree char *name = _corro_media_display_name (uri);
  g_autofree char *ended = _corro_media_format_time (ended_us);
  g_autofree char *length = _corro_media_format_time (length_us);

  g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_TRUNCATED,
               /* Translators: "“clip.mp4” stops at 2:04.00, before its full length of
                * 10:30.00." */
               _("“%s” stops at %s, before its full length of %s. The file is incomplete: "
                 "copy it again from the original."), name, ended, length);
}

/**
 * _corro_media_set_too_short_error:
 * @ended_us: where the file ended, its real length
 * @point_us: the point the plan plays it to
 * @pause_point: whether that point is a pause point (else the clip's out point)
 *
 * For a file that ends, complete, before the plan is done with it: another, shorter
 * video than the clip, or only part of it.
 */
void
_corro_media_set_too_short_error (GError     **error,
                                  const char  *uri,
                                  gint64       ended_us,
                                  gint64       point_us,
                                  gboolean     pause_point)
{
  g_autofree char *name = _corro_media_display_name (uri);
  g_autofree char *ended = _corro_media_format_time (ended_us);
  g_autofree char *point = _corro_media_format_time (point_us);

  if (pause_point)
    g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_TRUNCATED,
                 /* Translators: "“clip.mp4” ends at 1:00.54, before the pause point at
                  * 2:50.00." */
                 _("“%s” ends at %s, before the pause point at %s: it is not the whole "
                   "clip. Link the full video on the Clips page."), name, ended, point);
  else
    g_set_error (error, CORRO_MEDIA_ERROR, CORRO_MEDIA_ERROR_TRUNCATED,
                 /* Translators: "“clip.mp4” ends at 1:00.54, before the clip's end at
                  * 8:30.00." */
                 _("“%s” ends at %s, before the clip’s end at %s: it is not the whole "
                   "clip. Link the full video on the Clips page."), name, ended, point);
}
