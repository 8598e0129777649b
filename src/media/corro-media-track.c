/* corro-media-track.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One sound or subtitle track of a clip, as probed or as the player sees it.
 * Immutable once made.
 */

#define G_LOG_DOMAIN "corro-media-track"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <gst/tag/tag.h>

#include "corro-media-private.h"
#include "corro-media-track.h"

struct _CorroMediaTrack
{
  GObject              parent_instance;

  /* owned */
  char                *codec;
  char                *language_code;
  char                *language_name;
  char                *title;
  char                *uri;

  CorroMediaTrackKind  kind;
  int                  stream_index;
  guint                decodable : 1;
};

G_DEFINE_FINAL_TYPE (CorroMediaTrack, corro_media_track, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_STREAM_INDEX,
  PROP_CODEC,
  PROP_LANGUAGE_CODE,
  PROP_LANGUAGE_NAME,
  PROP_TITLE,
  PROP_URI,
  PROP_EXTERNAL,
  PROP_DECODABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* vfuncs */

static void
corro_media_track_finalize (GObject *object)
{
  CorroMediaTrack *self = (CorroMediaTrack *) object;

  g_clear_pointer (&self->codec, g_free);
  g_clear_pointer (&self->language_code, g_free);
  g_clear_pointer (&self->language_name, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->uri, g_free);

  G_OBJECT_CLASS (corro_media_track_parent_class)->finalize (object);
}

static void
corro_media_track_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CorroMediaTrack *self = CORRO_MEDIA_TRACK (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_STREAM_INDEX:
      g_value_set_int (value, self->stream_index);
      break;
    case PROP_CODEC:
      g_value_set_string (value, self->codec);
      break;
    case PROP_LANGUAGE_CODE:
      g_value_set_string (value, self->language_code);
      break;
    case PROP_LANGUAGE_NAME:
      g_value_set_string (value, self->language_name);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_URI:
      g_value_set_string (value, self->uri);
      break;
    case PROP_EXTERNAL:
      g_value_set_boolean (value, self->uri != NULL);
      break;
    case PROP_DECODABLE:
      g_value_set_boolean (value, self->decodable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_media_track_class_init (CorroMediaTrackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = corro_media_track_finalize;
  object_class->get_property = corro_media_track_get_property;

  /* A plain int rather than an enum type: the kind never changes and nothing binds it. */
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      CORRO_MEDIA_TRACK_AUDIO, CORRO_MEDIA_TRACK_SUBTITLE,
                      CORRO_MEDIA_TRACK_AUDIO,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STREAM_INDEX] =
    g_param_spec_int ("stream-index", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CODEC] =
    g_param_spec_string ("codec", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE_CODE] =
    g_param_spec_string ("language-code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE_NAME] =
    g_param_spec_string ("language-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXTERNAL] =
    g_param_spec_boolean ("external", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DECODABLE] =
    g_param_spec_boolean ("decodable", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
corro_media_track_init (CorroMediaTrack *self)
{
  self->stream_index = -1;
  self->decodable = TRUE;
}

/* private API */

CorroMediaTrack *
_corro_media_track_new (CorroMediaTrackKind  kind,
                        int                  stream_index,
                        const char          *codec,
                        const char          *language_code,
                        const char          *title,
                        const char          *uri,
                        gboolean             decodable)
{
  CorroMediaTrack *self = g_object_new (CORRO_TYPE_MEDIA_TRACK, NULL);
  const char *name = NULL;

  self->kind = kind;
  self->stream_index = stream_index;
  self->codec = g_strdup (codec);
  self->title = g_strdup (title);
  self->uri = g_strdup (uri);
  self->decodable = !!decodable;

  /* Containers say "eng" or "en" (or "und"); keep the two-letter form when there is one. */
  if (language_code != NULL && *language_code != '\0' && g_strcmp0 (language_code, "und") != 0)
    {
      const char *two = gst_tag_get_language_code_iso_639_1 (language_code);

      self->language_code = g_strdup (two != NULL ? two : language_code);
      /* iso-codes says "Spanish; Castilian": the first name is the everyday one. */
      name = gst_tag_get_language_name (self->language_code);
      if (name != NULL)
        self->language_name = g_strndup (name, strcspn (name, ";"));
    }

  return self;
}

/* public API */

CorroMediaTrackKind
corro_media_track_get_kind (CorroMediaTrack *self)
{
  g_return_val_if_fail (CORRO_IS_MEDIA_TRACK (self), CORRO_MEDIA_TRACK_AUDIO);

  return self->kind;
}

/**
 * corro_media_track_get_stream_index:
 *
 * Returns: the track's number among the tracks of its kind inside the file, counting
 *   from 0, or -1 for a subtitle file beside the video that is not loaded
 */
int
corro_media_track_get_stream_index (CorroMediaTrack *self)
{
  g_return_val_if_fail (CORRO_IS_MEDIA_TRACK (self), -1);

  return self->stream_index;
}

/**
 * corro_media_track_get_codec:
 *
 * Returns: (nullable): a short description of the format, e.g. "AC-3 (ATSC A/52)"
 */
const char *
corro_media_track_get_codec (CorroMediaTrack *self)
{
  g_return_val_if_fail (CORRO_IS_MEDIA_TRACK (self), NULL);

  return self->codec;
}

/**
 * corro_media_track_get_language_code:
 *
 * Returns: (nullable): the ISO 639 code, two letters when there is one ("en", "es")
 */
const char *
corro_media_track_get_language_code (CorroMediaTrack *self)
{
  g_return_val_if_fail (CORRO_IS_MEDIA_TRACK (self), NULL);

  return self->language_code;
}

/**
 * corro_media_track_get_language_name:
 *
 * Returns: (nullable): the language's name, from iso-codes, in the UI language
 */
const char *
corro_media_track_get_language_name (CorroMediaTrack *self)
{
  g_return_val_if_fail (CORRO_IS_MEDIA_TRACK (self), NULL);

  return self->language_name;
}

const char *
corro_media_track_get_title (CorroMediaTrack *self)
{
  g_return_val_if_fail (CORRO_IS_MEDIA_TRACK (self), NULL);

  return self->title;
}

/**
 * corro_media_track_get_uri:
 *
 * Returns: (nullable): for a subtitle file beside the video, its URI
 */
const char *
corro_media_track_get_uri (CorroMediaTrack *self)
{
  g_return_val_if_fail (CORRO_IS_MEDIA_TRACK (self), NULL);

  return self->uri;
}

gboolean
corro_media_track_get_external (CorroMediaTrack *self)
{
  g_return_val_if_fail (CORRO_IS_MEDIA_TRACK (self), FALSE);

  return self->uri != NULL;
}

/**
 * corro_media_track_get_decodable:
 *
 * Returns: whether a decoder for this track is installed
 */
gboolean
corro_media_track_get_decodable (CorroMediaTrack *self)
{
  g_return_val_if_fail (CORRO_IS_MEDIA_TRACK (self), FALSE);

  return self->decodable;
}

/**
 * corro_media_track_dup_label:
 *
 * Returns: (transfer full): what to show in a track menu: the language's name, else the
 *   track's title, else its number
 */
char *
corro_media_track_dup_label (CorroMediaTrack *self)
{
  g_return_val_if_fail (CORRO_IS_MEDIA_TRACK (self), NULL);

  if (self->language_name != NULL)
    return g_strdup (self->language_name);
  if (self->uri != NULL)
    {
      g_autofree char *name = _corro_media_display_name (self->uri);

      return g_steal_pointer (&name);
    }
  if (self->title != NULL && *self->title != '\0')
    return g_strdup (self->title);

  /* Translators: a sound or subtitle track whose language the file does not say */
  return g_strdup_printf (_("Track %d"), self->stream_index + 1);
}
