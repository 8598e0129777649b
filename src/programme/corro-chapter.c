/* corro-chapter.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-chapter"

#include "config.h"

#include "corro-bilingual.h"
#include "corro-chapter.h"
#include "corro-programme-format.h"
#include "corro-segment.h"

/* Typing into one field within this long of the last keystroke is one undo step. */
#define COALESCE_USEC (2 * G_USEC_PER_SEC)
#define HISTORY_LIMIT 200

/* One chapter of a programme: a week's session plan, as a list of segments.
 *
 * Every change is recorded as a pair of states (the chapter serialised before and
 * after), which gives undo and redo for any edit, and tells the owner when to save. */
typedef struct
{
  char     *before;
  char     *after;
  gpointer  origin;     /* the segment typed into, or NULL: compared, never dereferenced */
  char     *what;
  gint64    time;
} Change;

struct _CorroChapter
{
  GObject         parent_instance;

  /* owned */
  CorroBilingual  title;
  GListStore     *segments;
  char           *state;      /* the chapter as last recorded */
  GQueue          undo;       /* of Change, newest first */
  GQueue          redo;

  guint           number;
  guint           restoring : 1;
};

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TITLE_EN,
  PROP_TITLE_ES,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (CorroChapter, corro_chapter, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* helpers */

static void
change_free (Change *change)
{
  g_free (change->before);
  g_free (change->after);
  g_free (change->what);
  g_free (change);
}

static void
notify_history (CorroChapter *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static gboolean
is_typing (const char *what)
{
  return what != NULL &&
         (g_str_has_prefix (what, "title-") || g_str_has_prefix (what, "notes-") ||
          g_str_has_prefix (what, "prompt-") || g_str_equal (what, "clip-key"));
}

/* Something changed: note it for undo (typing into the same field merges into one
 * step), then tell the owner, which saves it. */
static void
record_change (CorroChapter *self,
               gpointer      origin,
               const char   *what)
{
  g_autofree char *state = NULL;
  Change *top;
  gint64 now;

  if (self->restoring)
    return;

  state = corro_programme_format_chapter_to_string (self);
  if (g_strcmp0 (state, self->state) == 0)
    return;

  now = g_get_monotonic_time ();
  top = g_queue_peek_head (&self->undo);

  if (top != NULL && is_typing (what) && top->origin == origin &&
      g_strcmp0 (top->what, what) == 0 && now - top->time < COALESCE_USEC)
    {
      g_free (top->after);
      top->after = g_strdup (state);
      top->time = now;
    }
  else if (self->state != NULL)
    {
      Change *change = g_new0 (Change, 1);

      change->before = g_strdup (self->state);
      change->after = g_strdup (state);
      change->origin = origin;
      change->what = g_strdup (what);
      change->time = now;
      g_queue_push_head (&self->undo, change);
      if (g_queue_get_length (&self->undo) > HISTORY_LIMIT)
        change_free (g_queue_pop_tail (&self->undo));
    }

  g_queue_clear_full (&self->redo, (GDestroyNotify) change_free);
  g_free (self->state);
  self->state = g_steal_pointer (&state);

  notify_history (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_segment_changed_cb (CorroChapter *self,
                       const char   *what,
                       CorroSegment *segment)
{
  record_change (self, segment, what);
}

static void
watch_segment (CorroChapter *self,
               CorroSegment *segment)
{
  g_signal_connect_object (segment, "changed",
                           G_CALLBACK (on_segment_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
unwatch_all (CorroChapter *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->segments));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroSegment) segment = g_list_model_get_item (G_LIST_MODEL (self->segments), i);

      g_signal_handlers_disconnect_by_data (segment, self);
    }
}

static gboolean
apply_state (CorroChapter *self,
             const char   *state)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  self->restoring = TRUE;
  ok = corro_chapter_restore_state (self, state, &error);
  self->restoring = FALSE;

  if (!ok)
    {
      g_critical ("Could not restore a chapter state: %s", error->message);
      return FALSE;
    }

  g_free (self->state);
  self->state = g_strdup (state);
  notify_history (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* GObject */

static void
corro_chapter_dispose (GObject *object)
{
  CorroChapter *self = (CorroChapter *) object;

  if (self->segments != NULL)
    unwatch_all (self);
  g_clear_object (&self->segments);

  G_OBJECT_CLASS (corro_chapter_parent_class)->dispose (object);
}

static void
corro_chapter_finalize (GObject *object)
{
  CorroChapter *self = (CorroChapter *) object;

  corro_bilingual_clear (&self->title);
  g_clear_pointer (&self->state, g_free);
  g_queue_clear_full (&self->undo, (GDestroyNotify) change_free);
  g_queue_clear_full (&self->redo, (GDestroyNotify) change_free);

  G_OBJECT_CLASS (corro_chapter_parent_class)->finalize (object);
}

static void
corro_chapter_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CorroChapter *self = CORRO_CHAPTER (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;
    case PROP_TITLE_EN:
      g_value_set_string (value, corro_bilingual_get (&self->title, "en"));
      break;
    case PROP_TITLE_ES:
      g_value_set_string (value, corro_bilingual_get (&self->title, "es"));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, corro_chapter_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, corro_chapter_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_chapter_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CorroChapter *self = CORRO_CHAPTER (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      self->number = g_value_get_uint (value);
      break;
    case PROP_TITLE_EN:
      corro_chapter_set_title (self, "en", g_value_get_string (value));
      break;
    case PROP_TITLE_ES:
      corro_chapter_set_title (self, "es", g_value_get_string (value));
      break;
    case PROP_CAN_UNDO:
    case PROP_CAN_REDO:
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_chapter_class_init (CorroChapterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = corro_chapter_dispose;
  object_class->finalize = corro_chapter_finalize;
  object_class->get_property = corro_chapter_get_property;
  object_class->set_property = corro_chapter_set_property;

  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL,
                       1, G_MAXUINT, 1,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE_EN] = g_param_spec_string ("title-en", NULL, NULL, "", flags);
  properties[PROP_TITLE_ES] = g_param_spec_string ("title-es", NULL, NULL, "", flags);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CorroChapter::changed:
   *
   * The chapter's content changed (an edit, an undo or a redo): time to save it.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
corro_chapter_init (CorroChapter *self)
{
  self->segments = g_list_store_new (CORRO_TYPE_SEGMENT);
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
}

/* public API */

CorroChapter *
corro_chapter_new (guint       number,
                   const char *title_en,
                   const char *title_es)
{
  CorroChapter *self = g_object_new (CORRO_TYPE_CHAPTER,
                                     "number", number,
                                     NULL);

  corro_bilingual_set (&self->title, "en", title_en);
  corro_bilingual_set (&self->title, "es", title_es);

  return self;
}

guint
corro_chapter_get_number (CorroChapter *self)
{
  g_return_val_if_fail (CORRO_IS_CHAPTER (self), 0);

  return self->number;
}

/**
 * corro_chapter_dup_label:
 * @language: the content language, "en" or "es"
 *
 * The chapter's number as the audience reads it on the title card, in the content
 * language (which may differ from the interface's, so not through gettext).
 *
 * Returns: (transfer full): e.g. "Chapter 3" or "Capítulo 3"
 */
char *
corro_chapter_dup_label (CorroChapter *self,
                         const char   *language)
{
  g_return_val_if_fail (CORRO_IS_CHAPTER (self), NULL);

  if (g_strcmp0 (language, "es") == 0)
    return g_strdup_printf ("Capítulo %u", self->number);

  return g_strdup_printf ("Chapter %u", self->number);
}

/**
 * corro_chapter_get_title:
 * @language: "en" or "es"
 *
 * Returns: the title in @language, or in the other language when it has none
 */
const char *
corro_chapter_get_title (CorroChapter *self,
                         const char   *language)
{
  g_return_val_if_fail (CORRO_IS_CHAPTER (self), NULL);

  return corro_bilingual_get_any (&self->title, language);
}

void
corro_chapter_set_title (CorroChapter *self,
                         const char   *language,
                         const char   *title)
{
  guint prop;

  g_return_if_fail (CORRO_IS_CHAPTER (self));
  g_return_if_fail (corro_language_is_valid (language));

  if (!corro_bilingual_set (&self->title, language, title))
    return;

  prop = g_str_equal (language, "es") ? PROP_TITLE_ES : PROP_TITLE_EN;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  record_change (self, self, g_param_spec_get_name (properties[prop]));
}

/**
 * corro_chapter_get_segments:
 *
 * Returns: (transfer none): the segments, a list of #CorroSegment in plan order
 */
GListModel *
corro_chapter_get_segments (CorroChapter *self)
{
  g_return_val_if_fail (CORRO_IS_CHAPTER (self), NULL);

  return G_LIST_MODEL (self->segments);
}

void
corro_chapter_insert_segment (CorroChapter *self,
                              guint         position,
                              CorroSegment *segment)
{
  g_return_if_fail (CORRO_IS_CHAPTER (self));
  g_return_if_fail (CORRO_IS_SEGMENT (segment));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->segments)));
  g_list_store_insert (self->segments, position, segment);
  watch_segment (self, segment);
  record_change (self, NULL, "segments");
}

void
corro_chapter_remove_segment (CorroChapter *self,
                              guint         position)
{
  g_autoptr(CorroSegment) segment = NULL;

  g_return_if_fail (CORRO_IS_CHAPTER (self));

  segment = g_list_model_get_item (G_LIST_MODEL (self->segments), position);
  g_return_if_fail (segment != NULL);

  g_signal_handlers_disconnect_by_data (segment, self);
  g_list_store_remove (self->segments, position);
  record_change (self, NULL, "segments");
}

void
corro_chapter_move_segment (CorroChapter *self,
                            guint         from,
                            guint         to)
{
  g_autoptr(CorroSegment) segment = NULL;
  guint n;

  g_return_if_fail (CORRO_IS_CHAPTER (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->segments));
  g_return_if_fail (from < n);
  to = MIN (to, n - 1);
  if (from == to)
    return;

  segment = g_list_model_get_item (G_LIST_MODEL (self->segments), from);
  g_list_store_remove (self->segments, from);
  g_list_store_insert (self->segments, to, segment);
  record_change (self, NULL, "segments");
}

/**
 * corro_chapter_duplicate_segment:
 *
 * Inserts a copy of the segment at @position just after it.
 *
 * Returns: the copy's position
 */
guint
corro_chapter_duplicate_segment (CorroChapter *self,
                                 guint         position)
{
  g_autoptr(CorroSegment) segment = NULL;
  g_autoptr(CorroSegment) copy = NULL;

  g_return_val_if_fail (CORRO_IS_CHAPTER (self), 0);

  segment = g_list_model_get_item (G_LIST_MODEL (self->segments), position);
  g_return_val_if_fail (segment != NULL, 0);

  copy = corro_segment_copy (segment);
  corro_chapter_insert_segment (self, position + 1, copy);
  return position + 1;
}

/**
 * corro_chapter_get_total_minutes:
 * @variant: a session length's id
 *
 * Returns: the minutes planned for the whole session in that length
 */
guint
corro_chapter_get_total_minutes (CorroChapter *self,
                                 const char   *variant)
{
  guint n, total = 0;

  g_return_val_if_fail (CORRO_IS_CHAPTER (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->segments));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroSegment) segment = g_list_model_get_item (G_LIST_MODEL (self->segments), i);

      total += corro_segment_get_minutes (segment, variant);
    }

  return total;
}

/**
 * corro_chapter_dup_state:
 *
 * Returns: (transfer full): the chapter's content as a programme file's chapter object
 */
char *
corro_chapter_dup_state (CorroChapter *self)
{
  g_return_val_if_fail (CORRO_IS_CHAPTER (self), NULL);

  return corro_programme_format_chapter_to_string (self);
}

/**
 * corro_chapter_restore_state:
 * @state: what corro_chapter_dup_state() returned
 *
 * Replaces the chapter's title and segments with @state, as one change.
 */
gboolean
corro_chapter_restore_state (CorroChapter  *self,
                             const char    *state,
                             GError       **error)
{
  g_autoptr(GPtrArray) segments = NULL;
  CorroBilingual title = { NULL, NULL };
  guint n_old;

  g_return_val_if_fail (CORRO_IS_CHAPTER (self), FALSE);
  g_return_val_if_fail (state != NULL, FALSE);

  if (!corro_programme_format_chapter_from_string (state, &title, &segments, error))
    return FALSE;

  if (corro_bilingual_set (&self->title, "en", title.en))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE_EN]);
  if (corro_bilingual_set (&self->title, "es", title.es))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE_ES]);
  corro_bilingual_clear (&title);

  unwatch_all (self);
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->segments));
  g_list_store_splice (self->segments, 0, n_old, segments->pdata, segments->len);
  for (guint i = 0; i < segments->len; i++)
    watch_segment (self, g_ptr_array_index (segments, i));

  record_change (self, NULL, "restore");
  return TRUE;
}

gboolean
corro_chapter_get_can_undo (CorroChapter *self)
{
  g_return_val_if_fail (CORRO_IS_CHAPTER (self), FALSE);

  return !g_queue_is_empty (&self->undo);
}

gboolean
corro_chapter_get_can_redo (CorroChapter *self)
{
  g_return_val_if_fail (CORRO_IS_CHAPTER (self), FALSE);

  return !g_queue_is_empty (&self->redo);
}

/**
 * corro_chapter_undo:
 *
 * Returns: whether there was a change to undo
 */
gboolean
corro_chapter_undo (CorroChapter *self)
{
  Change *change;

  g_return_val_if_fail (CORRO_IS_CHAPTER (self), FALSE);

  if (!(change = g_queue_pop_head (&self->undo)))
    return FALSE;

  g_queue_push_head (&self->redo, change);
  return apply_state (self, change->before);
}

/**
 * corro_chapter_redo:
 *
 * Returns: whether there was a change to redo
 */
gboolean
corro_chapter_redo (CorroChapter *self)
{
  Change *change;

  g_return_val_if_fail (CORRO_IS_CHAPTER (self), FALSE);

  if (!(change = g_queue_pop_head (&self->redo)))
    return FALSE;

  g_queue_push_head (&self->undo, change);
  return apply_state (self, change->after);
}

/**
 * corro_chapter_forget_history:
 *
 * Takes the chapter as it is now as its starting point: nothing to undo or redo.
 */
void
corro_chapter_forget_history (CorroChapter *self)
{
  g_return_if_fail (CORRO_IS_CHAPTER (self));

  g_queue_clear_full (&self->undo, (GDestroyNotify) change_free);
  g_queue_clear_full (&self->redo, (GDestroyNotify) change_free);
  g_free (self->state);
  self->state = corro_programme_format_chapter_to_string (self);
  notify_history (self);
}
