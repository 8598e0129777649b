/* corro-session.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-session"

#include "config.h"

#include "corro-attendance.h"
#include "corro-enums.h"
#include "corro-records-private.h"

/* One meeting of a group, for one chapter (an extra meeting when the chapter is split
 * over two), with the attendance marked at it. Setting a property changes the object
 * only, until corro_records_save_session(); marks change through
 * corro_records_mark_attendance(), which emits CorroSession::mark-changed. */
struct _CorroSession
{
  GObject     parent_instance;

  gint64      id;
  gint64      group_id;
  guint       chapter;
  gboolean    extra;
  gboolean    held;
  char       *date;
  char       *started_at;
  char       *ended_at;
  char       *skipped;

  /* owned: participant id → CorroAttendanceMark */
  GHashTable *marks;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_GROUP_ID,
  PROP_CHAPTER,
  PROP_EXTRA,
  PROP_DATE,
  PROP_HELD,
  PROP_STARTED_AT,
  PROP_ENDED_AT,
  PROP_SKIPPED,
  N_PROPS
};

enum {
  MARK_CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (CorroSession, corro_session, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* helpers */

static void
set_string (CorroSession  *self,
            char         **field,
            const char    *value,
            guint          prop_id)
{
  if (_corro_records_set_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* GObject */

static void
corro_session_finalize (GObject *object)
{
  CorroSession *self = (CorroSession *) object;

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->started_at, g_free);
  g_clear_pointer (&self->ended_at, g_free);
  g_clear_pointer (&self->skipped, g_free);
  g_clear_pointer (&self->marks, g_hash_table_unref);

  G_OBJECT_CLASS (corro_session_parent_class)->finalize (object);
}

static void
corro_session_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CorroSession *self = CORRO_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_GROUP_ID:
      g_value_set_int64 (value, self->group_id);
      break;
    case PROP_CHAPTER:
      g_value_set_uint (value, self->chapter);
      break;
    case PROP_EXTRA:
      g_value_set_boolean (value, self->extra);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_HELD:
      g_value_set_boolean (value, self->held);
      break;
    case PROP_STARTED_AT:
      g_value_set_string (value, self->started_at);
      break;
    case PROP_ENDED_AT:
      g_value_set_string (value, self->ended_at);
      break;
    case PROP_SKIPPED:
      g_value_set_string (value, self->skipped);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_session_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CorroSession *self = CORRO_SESSION (object);

  switch (prop_id)
    {
    case PROP_DATE:
      corro_session_set_date (self, g_value_get_string (value));
      break;
    case PROP_HELD:
      corro_session_set_held (self, g_value_get_boolean (value));
      break;
    case PROP_STARTED_AT:
      corro_session_set_started_at (self, g_value_get_string (value));
      break;
    case PROP_ENDED_AT:
      corro_session_set_ended_at (self, g_value_get_string (value));
      break;
    case PROP_SKIPPED:
      corro_session_set_skipped (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_session_class_init (CorroSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = corro_session_finalize;
  object_class->get_property = corro_session_get_property;
  object_class->set_property = corro_session_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_GROUP_ID] =
    g_param_spec_int64 ("group-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_CHAPTER] =
    g_param_spec_uint ("chapter", NULL, NULL, 0, G_MAXUINT, 1, ro);
  properties[PROP_EXTRA] =
    g_param_spec_boolean ("extra", NULL, NULL, FALSE, ro);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL, rw);
  properties[PROP_HELD] =
    g_param_spec_boolean ("held", NULL, NULL, FALSE, rw);
  properties[PROP_STARTED_AT] =
    g_param_spec_string ("started-at", NULL, NULL, NULL, rw);
  properties[PROP_ENDED_AT] =
    g_param_spec_string ("ended-at", NULL, NULL, NULL, rw);
  properties[PROP_SKIPPED] =
    g_param_spec_string ("skipped", NULL, NULL, "", rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CorroSession::mark-changed:
   * @participant_id: whose mark changed
   * @mark: the new mark, %CORRO_ATTENDANCE_NONE when cleared
   *
   * A participant's attendance at this session was marked.
   */
  signals[MARK_CHANGED] =
    g_signal_new ("mark-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, CORRO_TYPE_ATTENDANCE_MARK);
}

static void
corro_session_init (CorroSession *self)
{
  self->chapter = 1;
  self->skipped = g_strdup ("");
  self->marks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/* private API */

CorroSession *
_corro_session_new_from_store (const CorroStoreSession *row)
{
  CorroSession *self = g_object_new (CORRO_TYPE_SESSION, NULL);

  self->id = row->id;
  self->group_id = row->group_id;
  self->chapter = row->chapter;
  self->extra = row->extra;
  self->held = row->held;
  _corro_records_set_string (&self->date, row->date);
  _corro_records_set_string (&self->started_at, row->started_at);
  _corro_records_set_string (&self->ended_at, row->ended_at);
  _corro_records_set_string (&self->skipped, row->skipped != NULL ? row->skipped : "");
  return self;
}

/* Fills @row with the session's fields, borrowed from @self. */
void
_corro_session_to_store (CorroSession      *self,
                         CorroStoreSession *row)
{
  row->id = self->id;
  row->group_id = self->group_id;
  row->chapter = self->chapter;
  row->date = self->date;
  row->held = self->held;
  row->started_at = self->started_at;
  row->ended_at = self->ended_at;
  row->skipped = self->skipped;
  row->extra = self->extra;
}

void
_corro_session_set_id (CorroSession *self,
                       gint64        id)
{
  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
_corro_session_set_mark (CorroSession        *self,
                         gint64               participant_id,
                         CorroAttendanceMark  mark)
{
  if (corro_session_get_mark (self, participant_id) == mark)
    return;

  if (mark == CORRO_ATTENDANCE_NONE)
    g_hash_table_remove (self->marks, &participant_id);
  else
    g_hash_table_insert (self->marks, g_memdup2 (&participant_id, sizeof participant_id),
                         GINT_TO_POINTER (mark));

  g_signal_emit (self, signals[MARK_CHANGED], 0, participant_id, mark);
}

/* public API */

/**
 * corro_session_get_id:
 *
 * Returns: the session's id in the records
 */
gint64
corro_session_get_id (CorroSession *self)
{
  g_return_val_if_fail (CORRO_IS_SESSION (self), 0);

  return self->id;
}

gint64
corro_session_get_group_id (CorroSession *self)
{
  g_return_val_if_fail (CORRO_IS_SESSION (self), 0);

  return self->group_id;
}

/**
 * corro_session_get_chapter:
 *
 * Returns: the number of the chapter the session covers, from 1
 */
guint
corro_session_get_chapter (CorroSession *self)
{
  g_return_val_if_fail (CORRO_IS_SESSION (self), 0);

  return self->chapter;
}

/**
 * corro_session_get_extra:
 *
 * Returns: whether this is a further meeting for a chapter already met (a chapter split
 *   over two meetings)
 */
gboolean
corro_session_get_extra (CorroSession *self)
{
  g_return_val_if_fail (CORRO_IS_SESSION (self), FALSE);

  return self->extra;
}

/**
 * corro_session_get_date:
 *
 * Returns: (nullable): the session's date, "YYYY-MM-DD"; %NULL while unscheduled
 */
const char *
corro_session_get_date (CorroSession *self)
{
  g_return_val_if_fail (CORRO_IS_SESSION (self), NULL);

  return self->date;
}

void
corro_session_set_date (CorroSession *self,
                        const char   *date)
{
  g_return_if_fail (CORRO_IS_SESSION (self));

  set_string (self, &self->date, date, PROP_DATE);
}

gboolean
corro_session_get_held (CorroSession *self)
{
  g_return_val_if_fail (CORRO_IS_SESSION (self), FALSE);

  return self->held;
}

void
corro_session_set_held (CorroSession *self,
                        gboolean      held)
{
  g_return_if_fail (CORRO_IS_SESSION (self));

  held = !!held;
  if (self->held == held)
    return;

  self->held = held;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HELD]);
}

/**
 * corro_session_get_started_at:
 *
 * Returns: (nullable): when the session really started, "HH:MM"
 */
const char *
corro_session_get_started_at (CorroSession *self)
{
  g_return_val_if_fail (CORRO_IS_SESSION (self), NULL);

  return self->started_at;
}

void
corro_session_set_started_at (CorroSession *self,
                              const char   *started_at)
{
  g_return_if_fail (CORRO_IS_SESSION (self));

  set_string (self, &self->started_at, started_at, PROP_STARTED_AT);
}

/**
 * corro_session_get_ended_at:
 *
 * Returns: (nullable): when the session really ended, "HH:MM"
 */
const char *
corro_session_get_ended_at (CorroSession *self)
{
  g_return_val_if_fail (CORRO_IS_SESSION (self), NULL);

  return self->ended_at;
}

void
corro_session_set_ended_at (CorroSession *self,
                            const char   *ended_at)
{
  g_return_if_fail (CORRO_IS_SESSION (self));

  set_string (self, &self->ended_at, ended_at, PROP_ENDED_AT);
}

/**
 * corro_session_get_skipped:
 *
 * Returns: the numbers of the plan's segments left out, e.g. "2,5"; "" for none
 */
const char *
corro_session_get_skipped (CorroSession *self)
{
  g_return_val_if_fail (CORRO_IS_SESSION (self), NULL);

  return self->skipped;
}

void
corro_session_set_skipped (CorroSession *self,
                           const char   *skipped)
{
  g_return_if_fail (CORRO_IS_SESSION (self));

  set_string (self, &self->skipped, skipped != NULL ? skipped : "", PROP_SKIPPED);
}

/**
 * corro_session_get_mark:
 *
 * Returns: how @participant_id was marked at this session
 */
CorroAttendanceMark
corro_session_get_mark (CorroSession *self,
                        gint64        participant_id)
{
  g_return_val_if_fail (CORRO_IS_SESSION (self), CORRO_ATTENDANCE_NONE);

  return GPOINTER_TO_INT (g_hash_table_lookup (self->marks, &participant_id));
}

/**
 * corro_session_count_marks:
 *
 * Returns: how many participants have @mark at this session
 */
guint
corro_session_count_marks (CorroSession        *self,
                           CorroAttendanceMark  mark)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_return_val_if_fail (CORRO_IS_SESSION (self), 0);

  g_hash_table_iter_init (&iter, self->marks);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (GPOINTER_TO_INT (value) == (int) mark)
      n++;

  return n;
}

/**
 * corro_session_count_attended:
 *
 * Returns: how many participants attended this session (corro-attendance.c: present,
 *   late, or caught up later)
 */
guint
corro_session_count_attended (CorroSession *self)
{
  guint n = 0;

  g_return_val_if_fail (CORRO_IS_SESSION (self), 0);

  for (guint mark = CORRO_ATTENDANCE_NONE + 1; mark < CORRO_N_ATTENDANCE_MARKS; mark++)
    if (corro_attendance_mark_is_attended (mark))
      n += corro_session_count_marks (self, mark);

  return n;
}

/**
 * corro_session_is_held:
 *
 * Returns: whether the session was held: recorded as held, or someone was there
 *   (corro_attendance_session_is_held())
 */
gboolean
corro_session_is_held (CorroSession *self)
{
  guint there = 0;

  g_return_val_if_fail (CORRO_IS_SESSION (self), FALSE);

  for (guint mark = CORRO_ATTENDANCE_NONE + 1; mark < CORRO_N_ATTENDANCE_MARKS; mark++)
    if (corro_attendance_mark_shows_held (mark))
      there += corro_session_count_marks (self, mark);

  return corro_attendance_session_is_held (self->held, there);
}
