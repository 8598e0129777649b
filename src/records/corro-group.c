/* corro-group.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-group"

#include "config.h"

#include "corro-enums.h"
#include "corro-records-private.h"

/* A group of participants going through a programme together, one session a chapter.
 * Its sessions and participants are filled in by corro_records_load_group(); setting a
 * property changes the object only, until corro_records_save_group(). */
struct _CorroGroup
{
  GObject           parent_instance;

  gint64            id;
  char             *name;
  char             *programme_id;
  char             *age_band;
  char             *venue;
  char             *facilitators;
  char             *language;
  char             *start_time;
  char             *start_date;
  CorroGroupMode    mode;
  CorroGroupStatus  status;
  guint             weekday;
  guint             n_chapters;
  guint             required_chapters;
  gboolean          loaded;

  /* owned */
  GListStore       *sessions;
  GListStore       *participants;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_PROGRAMME_ID,
  PROP_MODE,
  PROP_AGE_BAND,
  PROP_VENUE,
  PROP_FACILITATORS,
  PROP_LANGUAGE,
  PROP_WEEKDAY,
  PROP_START_TIME,
  PROP_START_DATE,
  PROP_STATUS,
  PROP_N_CHAPTERS,
  PROP_REQUIRED_CHAPTERS,
  PROP_LOADED,
  PROP_SESSIONS,
  PROP_PARTICIPANTS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (CorroGroup, corro_group, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* helpers */

static void
set_string (CorroGroup  *self,
            char       **field,
            const char  *value,
            guint        prop_id)
{
  if (_corro_records_set_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* GObject */

static void
corro_group_finalize (GObject *object)
{
  CorroGroup *self = (CorroGroup *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->programme_id, g_free);
  g_clear_pointer (&self->age_band, g_free);
  g_clear_pointer (&self->venue, g_free);
  g_clear_pointer (&self->facilitators, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->start_time, g_free);
  g_clear_pointer (&self->start_date, g_free);
  g_clear_object (&self->sessions);
  g_clear_object (&self->participants);

  G_OBJECT_CLASS (corro_group_parent_class)->finalize (object);
}

static void
corro_group_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CorroGroup *self = CORRO_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_PROGRAMME_ID:
      g_value_set_string (value, self->programme_id);
      break;
    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;
    case PROP_AGE_BAND:
      g_value_set_string (value, self->age_band);
      break;
    case PROP_VENUE:
      g_value_set_string (value, self->venue);
      break;
    case PROP_FACILITATORS:
      g_value_set_string (value, self->facilitators);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_WEEKDAY:
      g_value_set_uint (value, self->weekday);
      break;
    case PROP_START_TIME:
      g_value_set_string (value, self->start_time);
      break;
    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_N_CHAPTERS:
      g_value_set_uint (value, self->n_chapters);
      break;
    case PROP_REQUIRED_CHAPTERS:
      g_value_set_uint (value, self->required_chapters);
      break;
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    case PROP_SESSIONS:
      g_value_set_object (value, self->sessions);
      break;
    case PROP_PARTICIPANTS:
      g_value_set_object (value, self->participants);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_group_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CorroGroup *self = CORRO_GROUP (object);

  switch (prop_id)
    {
    case PROP_NAME:
      corro_group_set_name (self, g_value_get_string (value));
      break;
    case PROP_PROGRAMME_ID:
      corro_group_set_programme_id (self, g_value_get_string (value));
      break;
    case PROP_MODE:
      corro_group_set_mode (self, g_value_get_enum (value));
      break;
    case PROP_AGE_BAND:
      corro_group_set_age_band (self, g_value_get_string (value));
      break;
    case PROP_VENUE:
      corro_group_set_venue (self, g_value_get_string (value));
      break;
    case PROP_FACILITATORS:
      corro_group_set_facilitators (self, g_value_get_string (value));
      break;
    case PROP_LANGUAGE:
      corro_group_set_language (self, g_value_get_string (value));
      break;
    case PROP_WEEKDAY:
      corro_group_set_weekday (self, g_value_get_uint (value));
      break;
    case PROP_START_TIME:
      corro_group_set_start_time (self, g_value_get_string (value));
      break;
    case PROP_START_DATE:
      corro_group_set_start_date (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      corro_group_set_status (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_group_class_init (CorroGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = corro_group_finalize;
  object_class->get_property = corro_group_get_property;
  object_class->set_property = corro_group_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_PROGRAMME_ID] =
    g_param_spec_string ("programme-id", NULL, NULL, NULL, rw);
  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL,
                       CORRO_TYPE_GROUP_MODE, CORRO_GROUP_MODE_IN_PERSON, rw);
  properties[PROP_AGE_BAND] =
    g_param_spec_string ("age-band", NULL, NULL, "", rw);
  properties[PROP_VENUE] =
    g_param_spec_string ("venue", NULL, NULL, "", rw);
  properties[PROP_FACILITATORS] =
    g_param_spec_string ("facilitators", NULL, NULL, "", rw);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "", rw);
  properties[PROP_WEEKDAY] =
    g_param_spec_uint ("weekday", NULL, NULL, 0, 7, 0, rw);
  properties[PROP_START_TIME] =
    g_param_spec_string ("start-time", NULL, NULL, NULL, rw);
  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL, NULL, rw);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       CORRO_TYPE_GROUP_STATUS, CORRO_GROUP_STATUS_PLANNED, rw);
  properties[PROP_N_CHAPTERS] =
    g_param_spec_uint ("n-chapters", NULL, NULL, 0, G_MAXUINT, 8, ro);
  properties[PROP_REQUIRED_CHAPTERS] =
    g_param_spec_uint ("required-chapters", NULL, NULL, 0, G_MAXUINT, 6, ro);
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE, ro);
  properties[PROP_SESSIONS] =
    g_param_spec_object ("sessions", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_PARTICIPANTS] =
    g_param_spec_object ("participants", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
corro_group_init (CorroGroup *self)
{
  self->name = g_strdup ("");
  self->age_band = g_strdup ("");
  self->venue = g_strdup ("");
  self->facilitators = g_strdup ("");
  self->language = g_strdup ("");
  self->n_chapters = 8;
  self->required_chapters = 6;
  self->sessions = g_list_store_new (CORRO_TYPE_SESSION);
  self->participants = g_list_store_new (CORRO_TYPE_PARTICIPANT);
}

/* private API */

CorroGroup *
_corro_group_new_from_store (const CorroStoreGroup *row)
{
  CorroGroup *self = g_object_new (CORRO_TYPE_GROUP, NULL);

  self->id = row->id;
  _corro_records_set_string (&self->name, row->name);
  _corro_records_set_string (&self->programme_id, row->programme_id);
  _corro_records_set_string (&self->age_band, row->age_band);
  _corro_records_set_string (&self->venue, row->venue);
  _corro_records_set_string (&self->facilitators, row->facilitators);
  _corro_records_set_string (&self->language, row->language);
  _corro_records_set_string (&self->start_time, row->start_time);
  _corro_records_set_string (&self->start_date, row->start_date);
  self->mode = row->mode;
  self->status = row->status;
  self->weekday = row->weekday;
  return self;
}

/* Fills @row with the group's fields, borrowed from @self. */
void
_corro_group_to_store (CorroGroup      *self,
                       CorroStoreGroup *row)
{
  row->id = self->id;
  row->name = self->name;
  row->programme_id = self->programme_id;
  row->mode = self->mode;
  row->age_band = self->age_band;
  row->venue = self->venue;
  row->facilitators = self->facilitators;
  row->language = self->language;
  row->weekday = self->weekday;
  row->start_time = self->start_time;
  row->start_date = self->start_date;
  row->status = self->status;
}

void
_corro_group_set_id (CorroGroup *self,
                     gint64      id)
{
  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
_corro_group_set_rule (CorroGroup *self,
                       guint       n_chapters,
                       guint       required)
{
  if (self->n_chapters != n_chapters)
    {
      self->n_chapters = n_chapters;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CHAPTERS]);
    }
  if (self->required_chapters != required)
    {
      self->required_chapters = required;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUIRED_CHAPTERS]);
    }
}

void
_corro_group_set_loaded (CorroGroup *self,
                         gboolean    loaded)
{
  if (self->loaded == loaded)
    return;

  self->loaded = loaded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

GListStore *
_corro_group_get_session_store (CorroGroup *self)
{
  return self->sessions;
}

GListStore *
_corro_group_get_participant_store (CorroGroup *self)
{
  return self->participants;
}

/* public API */

/**
 * corro_group_new:
 * @programme_id: the programme the group follows, e.g. "cosp"
 *
 * A group not yet in the records: give it to corro_records_add_group().
 */
CorroGroup *
corro_group_new (const char *name,
                 const char *programme_id)
{
  return g_object_new (CORRO_TYPE_GROUP,
                       "name", name,
                       "programme-id", programme_id,
                       NULL);
}

/**
 * corro_group_get_id:
 *
 * Returns: the group's id in the records, 0 until it is added
 */
gint64
corro_group_get_id (CorroGroup *self)
{
  g_return_val_if_fail (CORRO_IS_GROUP (self), 0);

  return self->id;
}

const char *
corro_group_get_name (CorroGroup *self)
{
  g_return_val_if_fail (CORRO_IS_GROUP (self), NULL);

  return self->name;
}

void
corro_group_set_name (CorroGroup *self,
                      const char *name)
{
  g_return_if_fail (CORRO_IS_GROUP (self));

  set_string (self, &self->name, name != NULL ? name : "", PROP_NAME);
}

const char *
corro_group_get_programme_id (CorroGroup *self)
{
  g_return_val_if_fail (CORRO_IS_GROUP (self), NULL);

  return self->programme_id;
}

void
corro_group_set_programme_id (CorroGroup *self,
                              const char *programme_id)
{
  g_return_if_fail (CORRO_IS_GROUP (self));

  set_string (self, &self->programme_id, programme_id, PROP_PROGRAMME_ID);
}

CorroGroupMode
corro_group_get_mode (CorroGroup *self)
{
  g_return_val_if_fail (CORRO_IS_GROUP (self), CORRO_GROUP_MODE_IN_PERSON);

  return self->mode;
}

void
corro_group_set_mode (CorroGroup     *self,
                      CorroGroupMode  mode)
{
  g_return_if_fail (CORRO_IS_GROUP (self));
  g_return_if_fail (mode <= CORRO_GROUP_MODE_INDIVIDUAL);

  if (self->mode == mode)
    return;

  self->mode = mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

const char *
corro_group_get_age_band (CorroGroup *self)
{
  g_return_val_if_fail (CORRO_IS_GROUP (self), NULL);

  return self->age_band;
}

void
corro_group_set_age_band (CorroGroup *self,
                          const char *age_band)
{
  g_return_if_fail (CORRO_IS_GROUP (self));

  set_string (self, &self->age_band, age_band != NULL ? age_band : "", PROP_AGE_BAND);
}

const char *
corro_group_get_venue (CorroGroup *self)
{
  g_return_val_if_fail (CORRO_IS_GROUP (self), NULL);

  return self->venue;
}

/**
 * corro_group_set_venue:
 * @venue: a place, or the meeting link of an online group
 */
void
corro_group_set_venue (CorroGroup *self,
                       const char *venue)
{
  g_return_if_fail (CORRO_IS_GROUP (self));

  set_string (self, &self->venue, venue != NULL ? venue : "", PROP_VENUE);
}

const char *
corro_group_get_facilitators (CorroGroup *self)
{
  g_return_val_if_fail (CORRO_IS_GROUP (self), NULL);

  return self->facilitators;
}

void
corro_group_set_facilitators (CorroGroup *self,
                              const char *facilitators)
{
  g_return_if_fail (CORRO_IS_GROUP (self));

  set_string (self, &self->facilitators, facilitators != NULL ? facilitators : "",
              PROP_FACILITATORS);
}

const char *
corro_group_get_language (CorroGroup *self)
{
  g_return_val_if_fail (CORRO_IS_GROUP (self), NULL);

  return self->language;
}

void
corro_group_set_language (CorroGroup *self,
                          const char *language)
{
  g_return_if_fail (CORRO_IS_GROUP (self));

  set_string (self, &self->language, language != NULL ? language : "", PROP_LANGUAGE);
}

/**
 * corro_group_get_weekday:
 *
 * Returns: the day the group meets, 1 for Monday to 7 for Sunday; 0 when not set
 */
guint
corro_group_get_weekday (CorroGroup *self)
{
  g_return_val_if_fail (CORRO_IS_GROUP (self), 0);

  return self->weekday;
}

void
corro_group_set_weekday (CorroGroup *self,
                         guint       weekday)
{
  g_return_if_fail (CORRO_IS_GROUP (self));
  g_return_if_fail (weekday <= 7);

  if (self->weekday == weekday)
    return;

  self->weekday = weekday;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEKDAY]);
}

/**
 * corro_group_get_start_time:
 *
 * Returns: (nullable): the time the group meets, "HH:MM"
 */
const char *
corro_group_get_start_time (CorroGroup *self)
{
  g_return_val_if_fail (CORRO_IS_GROUP (self), NULL);

  return self->start_time;
}

void
corro_group_set_start_time (CorroGroup *self,
                            const char *start_time)
{
  g_return_if_fail (CORRO_IS_GROUP (self));

  set_string (self, &self->start_time, start_time, PROP_START_TIME);
}

/**
 * corro_group_get_start_date:
 *
 * Returns: (nullable): the date of the first session, "YYYY-MM-DD"
 */
const char *
corro_group_get_start_date (CorroGroup *self)
{
  g_return_val_if_fail (CORRO_IS_GROUP (self), NULL);

  return self->start_date;
}

/**
 * corro_group_set_start_date:
 *
 * Sets the date a new group starts on. For a group already in the records, use
 * corro_records_set_start_date(), which also moves its sessions.
 */
void
corro_group_set_start_date (CorroGroup *self,
                            const char *start_date)
{
  g_return_if_fail (CORRO_IS_GROUP (self));

  set_string (self, &self->start_date, start_date, PROP_START_DATE);
}

CorroGroupStatus
corro_group_get_status (CorroGroup *self)
{
  g_return_val_if_fail (CORRO_IS_GROUP (self), CORRO_GROUP_STATUS_PLANNED);

  return self->status;
}

void
corro_group_set_status (CorroGroup       *self,
                        CorroGroupStatus  status)
{
  g_return_if_fail (CORRO_IS_GROUP (self));
  g_return_if_fail (status <= CORRO_GROUP_STATUS_FINISHED);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * corro_group_get_n_chapters:
 *
 * Returns: how many chapters the group's programme has (8 for COSP)
 */
guint
corro_group_get_n_chapters (CorroGroup *self)
{
  g_return_val_if_fail (CORRO_IS_GROUP (self), 0);

  return self->n_chapters;
}

/**
 * corro_group_get_required_chapters:
 *
 * Returns: how many chapters a participant attends to complete the programme
 */
guint
corro_group_get_required_chapters (CorroGroup *self)
{
  g_return_val_if_fail (CORRO_IS_GROUP (self), 0);

  return self->required_chapters;
}

/**
 * corro_group_get_loaded:
 *
 * Returns: whether the group's sessions and participants have been read
 */
gboolean
corro_group_get_loaded (CorroGroup *self)
{
  g_return_val_if_fail (CORRO_IS_GROUP (self), FALSE);

  return self->loaded;
}

/**
 * corro_group_get_sessions:
 *
 * Returns: (transfer none): the group's #CorroSession<!-- -->s by date
 */
GListModel *
corro_group_get_sessions (CorroGroup *self)
{
  g_return_val_if_fail (CORRO_IS_GROUP (self), NULL);

  return G_LIST_MODEL (self->sessions);
}

/**
 * corro_group_get_participants:
 *
 * Returns: (transfer none): the group's #CorroParticipant<!-- -->s by name, whatever
 *   their enrolment status
 */
GListModel *
corro_group_get_participants (CorroGroup *self)
{
  g_return_val_if_fail (CORRO_IS_GROUP (self), NULL);

  return G_LIST_MODEL (self->participants);
}

/**
 * corro_group_find_session:
 *
 * Returns: (transfer none) (nullable): the session with @id
 */
CorroSession *
corro_group_find_session (CorroGroup *self,
                          gint64      id)
{
  guint n;

  g_return_val_if_fail (CORRO_IS_GROUP (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sessions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroSession) session = g_list_model_get_item (G_LIST_MODEL (self->sessions), i);

      if (corro_session_get_id (session) == id)
        return session;
    }

  return NULL;
}

/**
 * corro_group_find_participant:
 *
 * Returns: (transfer none) (nullable): the participant with @id
 */
CorroParticipant *
corro_group_find_participant (CorroGroup *self,
                              gint64      id)
{
  guint n;

  g_return_val_if_fail (CORRO_IS_GROUP (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->participants));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroParticipant) participant =
        g_list_model_get_item (G_LIST_MODEL (self->participants), i);

      if (corro_participant_get_id (participant) == id)
        return participant;
    }

  return NULL;
}
