/* corro-segment.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-segment"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "corro-bilingual.h"
#include "corro-enums.h"
#include "corro-pause-point.h"
#include "corro-segment.h"

/* One part of a session plan: its kind, its title, the facilitator's notes and the
 * question to ask, its planned minutes for each session length, and for a clip the
 * clip's key, the stretch of it to play and the pause points inside that stretch. */
struct _CorroSegment
{
  GObject           parent_instance;

  /* owned */
  CorroBilingual    title;
  CorroBilingual    notes;
  CorroBilingual    prompt;
  GHashTable       *minutes;       /* variant id → guint minutes */
  char             *clip_key;
  GListStore       *pause_points;

  CorroSegmentKind  kind;
  gint64            clip_in;
  gint64            clip_out;
};

enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE_EN,
  PROP_TITLE_ES,
  PROP_NOTES_EN,
  PROP_NOTES_ES,
  PROP_PROMPT_EN,
  PROP_PROMPT_ES,
  PROP_CLIP_KEY,
  PROP_CLIP_IN,
  PROP_CLIP_OUT,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (CorroSegment, corro_segment, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const struct {
  const char *name;
  const char *label;
  const char *icon_name;
} kinds[CORRO_N_SEGMENT_KINDS] = {
  [CORRO_SEGMENT_WELCOME] = { "welcome", N_("Welcome"), "user-available-symbolic" },
  [CORRO_SEGMENT_CLIP] = { "clip", N_("Clip"), "camera-video-symbolic" },
  [CORRO_SEGMENT_DISCUSSION] = { "discussion", N_("Discussion"), "system-users-symbolic" },
  [CORRO_SEGMENT_ACTIVITY] = { "activity", N_("Activity"), "applications-engineering-symbolic" },
  [CORRO_SEGMENT_HANDOUT] = { "handout", N_("Handout"), "x-office-document-symbolic" },
  [CORRO_SEGMENT_BREAK] = { "break", N_("Break"), "preferences-system-time-symbolic" },
  [CORRO_SEGMENT_CLOSING] = { "closing", N_("Closing"), "weather-clear-night-symbolic" },
};

/* helpers */

static void
emit_changed (CorroSegment *self,
              const char   *what)
{
  g_signal_emit (self, signals[CHANGED], 0, what);
}

static void
set_text (CorroSegment   *self,
          CorroBilingual *text,
          const char     *language,
          const char     *value,
          guint           prop_en)
{
  guint prop = g_str_equal (language, "es") ? prop_en + 1 : prop_en;

  if (!corro_bilingual_set (text, language, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  emit_changed (self, g_param_spec_get_name (properties[prop]));
}

static int
compare_pause_points (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  gint64 at_a = corro_pause_point_get_at ((CorroPausePoint *) a);
  gint64 at_b = corro_pause_point_get_at ((CorroPausePoint *) b);

  return at_a < at_b ? -1 : at_a > at_b;
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* callbacks */

static void
on_pause_point_notify_cb (CorroSegment *self,
                          GParamSpec   *pspec,
                          GObject      *pause_point)
{
  if (g_str_equal (pspec->name, "at"))
    g_list_store_sort (self->pause_points, compare_pause_points, NULL);

  emit_changed (self, pspec->name);
}

/* GObject */

static void
corro_segment_finalize (GObject *object)
{
  CorroSegment *self = (CorroSegment *) object;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->pause_points));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) pause_point = g_list_model_get_item (G_LIST_MODEL (self->pause_points), i);

      g_signal_handlers_disconnect_by_data (pause_point, self);
    }

  corro_bilingual_clear (&self->title);
  corro_bilingual_clear (&self->notes);
  corro_bilingual_clear (&self->prompt);
  g_clear_pointer (&self->minutes, g_hash_table_unref);
  g_clear_pointer (&self->clip_key, g_free);
  g_clear_object (&self->pause_points);

  G_OBJECT_CLASS (corro_segment_parent_class)->finalize (object);
}

static void
corro_segment_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CorroSegment *self = CORRO_SEGMENT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_TITLE_EN:
    case PROP_TITLE_ES:
      g_value_set_string (value, corro_bilingual_get (&self->title,
                                                      prop_id == PROP_TITLE_ES ? "es" : "en"));
      break;
    case PROP_NOTES_EN:
    case PROP_NOTES_ES:
      g_value_set_string (value, corro_bilingual_get (&self->notes,
                                                      prop_id == PROP_NOTES_ES ? "es" : "en"));
      break;
    case PROP_PROMPT_EN:
    case PROP_PROMPT_ES:
      g_value_set_string (value, corro_bilingual_get (&self->prompt,
                                                      prop_id == PROP_PROMPT_ES ? "es" : "en"));
      break;
    case PROP_CLIP_KEY:
      g_value_set_string (value, self->clip_key);
      break;
    case PROP_CLIP_IN:
      g_value_set_int64 (value, self->clip_in);
      break;
    case PROP_CLIP_OUT:
      g_value_set_int64 (value, self->clip_out);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_segment_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CorroSegment *self = CORRO_SEGMENT (object);
  const char *language = (prop_id == PROP_TITLE_ES || prop_id == PROP_NOTES_ES ||
                          prop_id == PROP_PROMPT_ES) ? "es" : "en";

  switch (prop_id)
    {
    case PROP_KIND:
      corro_segment_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_TITLE_EN:
    case PROP_TITLE_ES:
      corro_segment_set_title (self, language, g_value_get_string (value));
      break;
    case PROP_NOTES_EN:
    case PROP_NOTES_ES:
      corro_segment_set_notes (self, language, g_value_get_string (value));
      break;
    case PROP_PROMPT_EN:
    case PROP_PROMPT_ES:
      corro_segment_set_prompt (self, language, g_value_get_string (value));
      break;
    case PROP_CLIP_KEY:
      corro_segment_set_clip_key (self, g_value_get_string (value));
      break;
    case PROP_CLIP_IN:
      corro_segment_set_clip_in (self, g_value_get_int64 (value));
      break;
    case PROP_CLIP_OUT:
      corro_segment_set_clip_out (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_segment_class_init (CorroSegmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = corro_segment_finalize;
  object_class->get_property = corro_segment_get_property;
  object_class->set_property = corro_segment_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CORRO_TYPE_SEGMENT_KIND, CORRO_SEGMENT_DISCUSSION, flags);
  properties[PROP_TITLE_EN] = g_param_spec_string ("title-en", NULL, NULL, "", flags);
  properties[PROP_TITLE_ES] = g_param_spec_string ("title-es", NULL, NULL, "", flags);
  properties[PROP_NOTES_EN] = g_param_spec_string ("notes-en", NULL, NULL, "", flags);
  properties[PROP_NOTES_ES] = g_param_spec_string ("notes-es", NULL, NULL, "", flags);
  properties[PROP_PROMPT_EN] = g_param_spec_string ("prompt-en", NULL, NULL, "", flags);
  properties[PROP_PROMPT_ES] = g_param_spec_string ("prompt-es", NULL, NULL, "", flags);
  properties[PROP_CLIP_KEY] = g_param_spec_string ("clip-key", NULL, NULL, NULL, flags);
  properties[PROP_CLIP_IN] = g_param_spec_int64 ("clip-in", NULL, NULL,
                                                 0, G_MAXINT64, 0, flags);
  properties[PROP_CLIP_OUT] = g_param_spec_int64 ("clip-out", NULL, NULL,
                                                  0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CorroSegment::changed:
   * @what: the property that changed, "minutes" or "pause-points"
   *
   * Anything in the segment changed, including its pause points.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
corro_segment_init (CorroSegment *self)
{
  self->kind = CORRO_SEGMENT_DISCUSSION;
  self->minutes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pause_points = g_list_store_new (CORRO_TYPE_PAUSE_POINT);
}

/* public API */

CorroSegment *
corro_segment_new (CorroSegmentKind kind)
{
  g_return_val_if_fail (kind < CORRO_N_SEGMENT_KINDS, NULL);

  return g_object_new (CORRO_TYPE_SEGMENT, "kind", kind, NULL);
}

/**
 * corro_segment_copy:
 *
 * Returns: (transfer full): a new segment with the same content and pause points
 */
CorroSegment *
corro_segment_copy (CorroSegment *self)
{
  CorroSegment *copy;
  GHashTableIter iter;
  gpointer key, value;
  guint n;

  g_return_val_if_fail (CORRO_IS_SEGMENT (self), NULL);

  copy = corro_segment_new (self->kind);
  corro_bilingual_copy (&copy->title, &self->title);
  corro_bilingual_copy (&copy->notes, &self->notes);
  corro_bilingual_copy (&copy->prompt, &self->prompt);
  copy->clip_key = g_strdup (self->clip_key);
  copy->clip_in = self->clip_in;
  copy->clip_out = self->clip_out;

  g_hash_table_iter_init (&iter, self->minutes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->minutes, g_strdup (key), value);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->pause_points));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroPausePoint) pause_point =
        g_list_model_get_item (G_LIST_MODEL (self->pause_points), i);
      g_autoptr(CorroPausePoint) pause_copy = corro_pause_point_copy (pause_point);

      corro_segment_add_pause_point (copy, pause_copy);
    }

  return copy;
}

CorroSegmentKind
corro_segment_get_kind (CorroSegment *self)
{
  g_return_val_if_fail (CORRO_IS_SEGMENT (self), CORRO_SEGMENT_DISCUSSION);

  return self->kind;
}

void
corro_segment_set_kind (CorroSegment     *self,
                        CorroSegmentKind  kind)
{
  g_return_if_fail (CORRO_IS_SEGMENT (self));
  g_return_if_fail (kind < CORRO_N_SEGMENT_KINDS);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
  emit_changed (self, "kind");
}

const char *
corro_segment_get_title (CorroSegment *self,
                         const char   *language)
{
  g_return_val_if_fail (CORRO_IS_SEGMENT (self), NULL);

  return corro_bilingual_get (&self->title, language);
}

void
corro_segment_set_title (CorroSegment *self,
                         const char   *language,
                         const char   *title)
{
  g_return_if_fail (CORRO_IS_SEGMENT (self));
  g_return_if_fail (corro_language_is_valid (language));

  set_text (self, &self->title, language, title, PROP_TITLE_EN);
}

const char *
corro_segment_get_notes (CorroSegment *self,
                         const char   *language)
{
  g_return_val_if_fail (CORRO_IS_SEGMENT (self), NULL);

  return corro_bilingual_get (&self->notes, language);
}

void
corro_segment_set_notes (CorroSegment *self,
                         const char   *language,
                         const char   *notes)
{
  g_return_if_fail (CORRO_IS_SEGMENT (self));
  g_return_if_fail (corro_language_is_valid (language));

  set_text (self, &self->notes, language, notes, PROP_NOTES_EN);
}

const char *
corro_segment_get_prompt (CorroSegment *self,
                          const char   *language)
{
  g_return_val_if_fail (CORRO_IS_SEGMENT (self), NULL);

  return corro_bilingual_get (&self->prompt, language);
}

void
corro_segment_set_prompt (CorroSegment *self,
                          const char   *language,
                          const char   *prompt)
{
  g_return_if_fail (CORRO_IS_SEGMENT (self));
  g_return_if_fail (corro_language_is_valid (language));

  set_text (self, &self->prompt, language, prompt, PROP_PROMPT_EN);
}

/**
 * corro_segment_dup_variants:
 *
 * Returns: (transfer full): the session lengths this segment has minutes for, sorted
 */
GStrv
corro_segment_dup_variants (CorroSegment *self)
{
  g_autofree gpointer *keys = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 0;

  g_return_val_if_fail (CORRO_IS_SEGMENT (self), NULL);

  keys = g_hash_table_get_keys_as_array (self->minutes, &n);
  qsort (keys, n, sizeof (gpointer), compare_strings);
  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, keys[i]);

  return g_strv_builder_end (builder);
}

/**
 * corro_segment_get_minutes:
 * @variant: a session length's id, e.g. "group"
 *
 * Returns: the minutes planned for this segment in that session length (0 = skipped)
 */
guint
corro_segment_get_minutes (CorroSegment *self,
                           const char   *variant)
{
  g_return_val_if_fail (CORRO_IS_SEGMENT (self), 0);
  g_return_val_if_fail (variant != NULL, 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->minutes, variant));
}

void
corro_segment_set_minutes (CorroSegment *self,
                           const char   *variant,
                           guint         minutes)
{
  g_return_if_fail (CORRO_IS_SEGMENT (self));
  g_return_if_fail (variant != NULL);

  if (corro_segment_get_minutes (self, variant) == minutes &&
      g_hash_table_contains (self->minutes, variant))
    return;

  g_hash_table_insert (self->minutes, g_strdup (variant), GUINT_TO_POINTER (minutes));
  emit_changed (self, "minutes");
}

const char *
corro_segment_get_clip_key (CorroSegment *self)
{
  g_return_val_if_fail (CORRO_IS_SEGMENT (self), NULL);

  return self->clip_key;
}

void
corro_segment_set_clip_key (CorroSegment *self,
                            const char   *clip_key)
{
  g_return_if_fail (CORRO_IS_SEGMENT (self));

  if (clip_key != NULL && clip_key[0] == '\0')
    clip_key = NULL;
  if (g_strcmp0 (self->clip_key, clip_key) == 0)
    return;

  g_free (self->clip_key);
  self->clip_key = g_strdup (clip_key);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIP_KEY]);
  emit_changed (self, "clip-key");
}

gint64
corro_segment_get_clip_in (CorroSegment *self)
{
  g_return_val_if_fail (CORRO_IS_SEGMENT (self), 0);

  return self->clip_in;
}

void
corro_segment_set_clip_in (CorroSegment *self,
                           gint64        in_ms)
{
  g_return_if_fail (CORRO_IS_SEGMENT (self));

  if (self->clip_in == in_ms)
    return;

  self->clip_in = in_ms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIP_IN]);
  emit_changed (self, "clip-in");
}

gint64
corro_segment_get_clip_out (CorroSegment *self)
{
  g_return_val_if_fail (CORRO_IS_SEGMENT (self), 0);

  return self->clip_out;
}

void
corro_segment_set_clip_out (CorroSegment *self,
                            gint64        out_ms)
{
  g_return_if_fail (CORRO_IS_SEGMENT (self));

  if (self->clip_out == out_ms)
    return;

  self->clip_out = out_ms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIP_OUT]);
  emit_changed (self, "clip-out");
}

/**
 * corro_segment_get_pause_points:
 *
 * Returns: (transfer none): the pause points, a list of #CorroPausePoint in time order
 */
GListModel *
corro_segment_get_pause_points (CorroSegment *self)
{
  g_return_val_if_fail (CORRO_IS_SEGMENT (self), NULL);

  return G_LIST_MODEL (self->pause_points);
}

void
corro_segment_add_pause_point (CorroSegment    *self,
                               CorroPausePoint *pause_point)
{
  g_return_if_fail (CORRO_IS_SEGMENT (self));
  g_return_if_fail (CORRO_IS_PAUSE_POINT (pause_point));

  g_list_store_insert_sorted (self->pause_points, pause_point, compare_pause_points, NULL);
  g_signal_connect_object (pause_point, "notify",
                           G_CALLBACK (on_pause_point_notify_cb), self, G_CONNECT_SWAPPED);
  emit_changed (self, "pause-points");
}

void
corro_segment_remove_pause_point (CorroSegment    *self,
                                  CorroPausePoint *pause_point)
{
  guint position;

  g_return_if_fail (CORRO_IS_SEGMENT (self));
  g_return_if_fail (CORRO_IS_PAUSE_POINT (pause_point));

  if (!g_list_store_find (self->pause_points, pause_point, &position))
    return;

  g_signal_handlers_disconnect_by_data (pause_point, self);
  g_list_store_remove (self->pause_points, position);
  emit_changed (self, "pause-points");
}

const char *
corro_segment_kind_to_string (CorroSegmentKind kind)
{
  g_return_val_if_fail (kind < CORRO_N_SEGMENT_KINDS, NULL);

  return kinds[kind].name;
}

/**
 * corro_segment_kind_from_string:
 * @name: a kind as programme files write it, e.g. "clip"
 *
 * Returns: whether @name is a kind
 */
gboolean
corro_segment_kind_from_string (const char       *name,
                                CorroSegmentKind *kind)
{
  for (guint i = 0; i < CORRO_N_SEGMENT_KINDS; i++)
    if (g_strcmp0 (name, kinds[i].name) == 0)
      {
        *kind = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * corro_segment_kind_get_label:
 *
 * Returns: the kind's name in the interface language
 */
const char *
corro_segment_kind_get_label (CorroSegmentKind kind)
{
  g_return_val_if_fail (kind < CORRO_N_SEGMENT_KINDS, NULL);

  return _(kinds[kind].label);
}

const char *
corro_segment_kind_get_icon_name (CorroSegmentKind kind)
{
  g_return_val_if_fail (kind < CORRO_N_SEGMENT_KINDS, NULL);

  return kinds[kind].icon_name;
}
