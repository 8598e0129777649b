/* corro-person-record.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-person-record"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "corro-enums.h"
#include "corro-history.h"
#include "corro-labels.h"
#include "corro-person-record.h"
#include "corro-store-rights.h"

/* Everything the records hold about one participant, for them to see (a right of
 * access): structured for a file another system reads (JSON, see
 * data/person-export-format.md), and as sections for people to read (the reports lay
 * them out as a PDF: corro_person_record_to_pdf_document()). Both come from the same
 * rows, gathered once. */
struct _CorroPersonRecord
{
  GObject           parent_instance;

  /* owned */
  CorroStorePerson *person;
  GPtrArray        *sections;     /* (element-type CorroPersonSection) */
  char             *title;
  char             *exported_at;  /* UTC, ISO 8601 */
  char             *not_included; /* why session and supervision notes are not here */
};

G_DEFINE_FINAL_TYPE (CorroPersonRecord, corro_person_record, G_TYPE_OBJECT)

#define RECORD_JSON_FORMAT  "corro-person-record"
#define RECORD_JSON_VERSION 1

/* helpers */

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}

/* "2025-03-04T10:00:00.000Z" or "2025-03-04" as a day people read. */
static char *
dup_day (const char *timestamp)
{
  g_autofree char *day = NULL;

  if (timestamp == NULL || timestamp[0] == '\0')
    return g_strdup ("");
  day = g_strndup (timestamp, 10);
  return corro_label_date (day);
}

static void
line_free (CorroPersonLine *line)
{
  g_free (line->key);
  g_free (line->value);
  g_free (line);
}

static void
note_free (CorroPersonNote *note)
{
  g_free (note->date);
  g_free (note->title);
  g_free (note->text);
  g_clear_pointer (&note->addenda, g_ptr_array_unref);
  g_free (note);
}

static void
section_free (CorroPersonSection *section)
{
  g_free (section->heading);
  g_free (section->text);
  g_clear_pointer (&section->lines, g_ptr_array_unref);
  g_clear_pointer (&section->notes, g_ptr_array_unref);
  g_free (section);
}

static CorroPersonSection *
add_section (CorroPersonRecord *self,
             char              *heading,
             const char        *text)
{
  CorroPersonSection *section = g_new0 (CorroPersonSection, 1);

  section->heading = heading;
  section->text = g_strdup (text);
  section->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  section->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) note_free);
  g_ptr_array_add (self->sections, section);
  return section;
}

/* Adds "key: value", skipping values never recorded. Takes @value. */
static void
add_line (CorroPersonSection *section,
          const char         *key,
          char               *value)
{
  CorroPersonLine *line;

  if (value == NULL || value[0] == '\0')
    {
      g_free (value);
      return;
    }

  line = g_new0 (CorroPersonLine, 1);
  line->key = g_strdup (key);
  line->value = value;
  g_ptr_array_add (section->lines, line);
}

static CorroPersonNote *
add_note (CorroPersonSection *section,
          char               *date,
          char               *title,
          const char         *text)
{
  CorroPersonNote *note = g_new0 (CorroPersonNote, 1);

  note->date = date;
  note->title = title;
  note->text = g_strdup (text);
  note->addenda = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  g_ptr_array_add (section->notes, note);
  return note;
}

/* "Spring group · Chapter 3 · Tue 3 Mar 2026" */
static char *
describe_meeting (const char *group_name,
                  guint       chapter,
                  const char *date)
{
  g_autofree char *day = corro_label_date (date);

  if (group_name == NULL)
    return g_strdup (_("Not tied to a session"));

  /* Translators: a group's name, a chapter's number and a session's date */
  return g_strdup_printf (_("%s · Chapter %u · %s"), group_name, chapter, day);
}

static void
build_details (CorroPersonRecord *self)
{
  const CorroStoreParticipant *p = self->person->participant;
  CorroPersonSection *section = add_section (self, g_strdup (_("Details")), NULL);

  add_line (section, _("Name"), g_strdup (p->name));
  if (p->relationship != CORRO_RELATIONSHIP_UNKNOWN)
    add_line (section, _("Relationship to the child"),
              g_strdup (corro_label_relationship (p->relationship)));
  if (p->child_age_months >= 0)
    add_line (section, _("Child’s age when referred"),
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month", "%d months",
                                            p->child_age_months),
                               p->child_age_months));
  add_line (section, _("Language"),
            p->language != NULL && p->language[0] != '\0'
            ? g_strdup (corro_label_language (p->language)) : NULL);
  add_line (section, _("Phone"), g_strdup (p->phone));
  add_line (section, _("Email"), g_strdup (p->email));
  add_line (section, _("Consent given on"),
            p->consent_date != NULL ? corro_label_date (p->consent_date) : NULL);
  add_line (section, _("Consent given to"), g_strdup (p->consent_scope));
  add_line (section, _("Record created"), dup_day (self->person->created_at));
  add_line (section, _("Details last changed"), dup_day (self->person->updated_at));
}

static void
build_enrolments (CorroPersonRecord *self)
{
  for (guint i = 0; i < self->person->enrolments->len; i++)
    {
      CorroStorePersonEnrolment *row = g_ptr_array_index (self->person->enrolments, i);
      const CorroStoreEnrolment *e = &row->enrolment;
      CorroPersonSection *section;

      /* Translators: a section of a person's record: one group they were referred to */
      section = add_section (self, g_strdup_printf (_("Group: %s"), row->group_name), NULL);
      add_line (section, _("Referred by"), g_strdup (e->referral_source));
      add_line (section, _("Referred on"),
                e->referral_date != NULL ? corro_label_date (e->referral_date) : NULL);
      add_line (section, _("Enrolment"), g_strdup (corro_label_enrolment_status (e->status)));
      add_line (section, _("Since"),
                e->status_date != NULL ? corro_label_date (e->status_date) : NULL);
      add_line (section, _("Reason for withdrawing"), g_strdup (e->status_reason));
      add_line (section, _("The group’s first session"),
                row->first_session != NULL ? corro_label_date (row->first_session) : NULL);
      add_line (section, _("The group’s last session"),
                row->last_session != NULL ? corro_label_date (row->last_session) : NULL);

      for (guint j = 0; j < row->contacts->len; j++)
        {
          CorroStoreContact *contact = g_ptr_array_index (row->contacts, j);

          /* Translators: a pre-group contact in a person's record, e.g. "Pre-group
           * contact, by phone" */
          add_note (section, corro_label_date (contact->date),
                    g_strdup_printf (_("Pre-group contact, %s"),
                                     corro_label_contact_method (contact->method)),
                    contact->note);
        }
    }
}

static void
build_attendance (CorroPersonRecord *self)
{
  CorroPersonSection *section;

  if (self->person->marks->len == 0)
    return;

  section = add_section (self, g_strdup (_("Attendance")), NULL);
  for (guint i = 0; i < self->person->marks->len; i++)
    {
      CorroStorePersonMark *mark = g_ptr_array_index (self->person->marks, i);
      g_autofree char *meeting = describe_meeting (mark->group_name, mark->chapter,
                                                   mark->date);

      add_line (section, meeting, g_strdup (corro_label_attendance_mark (mark->mark)));
    }
}

static void
build_notes (CorroPersonRecord *self)
{
  CorroPersonSection *section;

  if (self->person->notes->len == 0)
    return;

  section = add_section (self, g_strdup (_("Notes about them")), NULL);
  for (guint i = 0; i < self->person->notes->len; i++)
    {
      CorroStorePersonNote *row = g_ptr_array_index (self->person->notes, i);
      CorroPersonNote *note;

      note = add_note (section, dup_day (row->note->created_at),
                       describe_meeting (row->group_name, row->chapter, row->session_date),
                       row->note->text);
      for (guint j = 0; j < row->addenda->len; j++)
        {
          CorroStoreAddendum *addendum = g_ptr_array_index (row->addenda, j);
          CorroPersonLine *line = g_new0 (CorroPersonLine, 1);

          line->key = dup_day (addendum->created_at);
          line->value = g_strdup (addendum->text);
          g_ptr_array_add (note->addenda, line);
        }
    }
}

static void
build_not_included (CorroPersonRecord *self)
{
  g_autofree char *text = NULL;

  text = g_strdup_printf (
    g_dngettext (GETTEXT_PACKAGE,
                 "Notes about a whole session describe the group rather than one person, so "
                 "they are not part of this record (%u such note was written for sessions "
                 "they attended). The facilitators’ own supervision notes "
                 "(self-reflections and fidelity notes) are kept apart from the families’ "
                 "records and are not part of it either, even where one mentions them.",
                 "Notes about a whole session describe the group rather than one person, so "
                 "they are not part of this record (%u such notes were written for sessions "
                 "they attended). The facilitators’ own supervision notes "
                 "(self-reflections and fidelity notes) are kept apart from the families’ "
                 "records and are not part of it either, even where one mentions them.",
                 self->person->n_session_notes),
    self->person->n_session_notes);
  add_section (self, g_strdup (_("What this record does not contain")), text);
  self->not_included = g_steal_pointer (&text);
}

static void
build_history (CorroPersonRecord *self)
{
  CorroPersonSection *section;

  if (self->person->history->len == 0)
    return;

  section = add_section (self, g_strdup (_("History of the record")),
                         _("When each part of the record was created or changed, and "
                           "which fields changed; the values themselves are not kept."));
  for (guint i = 0; i < self->person->history->len; i++)
    {
      CorroStoreAuditEntry *entry = g_ptr_array_index (self->person->history, i);
      g_autofree char *when = corro_history_dup_when (entry);

      /* Said the way the person's page says it: "Added to Grupo Martes". */
      add_line (section, when, corro_history_dup_description (self->person, entry));
    }
}

static void
build_sections (CorroPersonRecord *self)
{
  build_details (self);
  build_enrolments (self);
  build_attendance (self);
  build_notes (self);
  build_not_included (self);
  build_history (self);
}

/* JSON: the store's words for enumerations, ISO dates, null for what was never
 * recorded; see data/person-export-format.md. */

static void
member_string (JsonBuilder *builder,
               const char  *name,
               const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
member_int (JsonBuilder *builder,
            const char  *name,
            gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* An id, or null for 0 ("none"). */
static void
member_id (JsonBuilder *builder,
           const char  *name,
           gint64       value)
{
  json_builder_set_member_name (builder, name);
  if (value > 0)
    json_builder_add_int_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
json_participant (CorroPersonRecord *self,
                  JsonBuilder       *builder)
{
  const CorroStoreParticipant *p = self->person->participant;

  json_builder_set_member_name (builder, "participant");
  json_builder_begin_object (builder);
  member_int (builder, "id", p->id);
  member_string (builder, "name", p->name);
  member_string (builder, "relationship",
                 p->relationship != CORRO_RELATIONSHIP_UNKNOWN
                 ? enum_nick (CORRO_TYPE_RELATIONSHIP, p->relationship) : NULL);
  json_builder_set_member_name (builder, "child_age_months");
  if (p->child_age_months >= 0)
    json_builder_add_int_value (builder, p->child_age_months);
  else
    json_builder_add_null_value (builder);
  member_string (builder, "language", p->language);
  member_string (builder, "language_name",
                 p->language != NULL && p->language[0] != '\0'
                 ? corro_label_language (p->language) : NULL);
  member_string (builder, "phone", p->phone);
  member_string (builder, "email", p->email);
  member_string (builder, "consent_date", p->consent_date);
  member_string (builder, "consent_scope", p->consent_scope);
  member_string (builder, "created_at", self->person->created_at);
  member_string (builder, "updated_at", self->person->updated_at);
  json_builder_end_object (builder);
}

static void
json_enrolments (CorroPersonRecord *self,
                 JsonBuilder       *builder)
{
  json_builder_set_member_name (builder, "enrolments");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->person->enrolments->len; i++)
    {
      CorroStorePersonEnrolment *row = g_ptr_array_index (self->person->enrolments, i);
      const CorroStoreEnrolment *e = &row->enrolment;

      json_builder_begin_object (builder);
      member_int (builder, "id", e->id);
      member_int (builder, "group_id", e->group_id);
      member_string (builder, "group_name", row->group_name);
      member_string (builder, "group_first_session", row->first_session);
      member_string (builder, "group_last_session", row->last_session);
      member_string (builder, "referral_source", e->referral_source);
      member_string (builder, "referral_date", e->referral_date);
      member_string (builder, "status", enum_nick (CORRO_TYPE_ENROLMENT_STATUS, e->status));
      member_string (builder, "status_reason", e->status_reason);
      member_string (builder, "status_date", e->status_date);
      member_string (builder, "created_at", row->created_at);
      member_string (builder, "updated_at", row->updated_at);
      json_builder_set_member_name (builder, "contacts");
      json_builder_begin_array (builder);
      for (guint j = 0; j < row->contacts->len; j++)
        {
          CorroStoreContact *contact = g_ptr_array_index (row->contacts, j);

          json_builder_begin_object (builder);
          member_int (builder, "id", contact->id);
          member_string (builder, "date", contact->date);
          member_string (builder, "method",
                         enum_nick (CORRO_TYPE_CONTACT_METHOD, contact->method));
          member_string (builder, "note", contact->note);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
json_attendance (CorroPersonRecord *self,
                 JsonBuilder       *builder)
{
  json_builder_set_member_name (builder, "attendance");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->person->marks->len; i++)
    {
      CorroStorePersonMark *mark = g_ptr_array_index (self->person->marks, i);

      json_builder_begin_object (builder);
      member_int (builder, "session_id", mark->session_id);
      member_int (builder, "group_id", mark->group_id);
      member_string (builder, "group_name", mark->group_name);
      member_int (builder, "chapter", mark->chapter);
      member_string (builder, "date", mark->date);
      json_builder_set_member_name (builder, "extra_meeting");
      json_builder_add_boolean_value (builder, mark->extra);
      member_string (builder, "mark", enum_nick (CORRO_TYPE_ATTENDANCE_MARK, mark->mark));
      member_string (builder, "updated_at", mark->updated_at);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
json_notes (CorroPersonRecord *self,
            JsonBuilder       *builder)
{
  json_builder_set_member_name (builder, "notes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->person->notes->len; i++)
    {
      CorroStorePersonNote *row = g_ptr_array_index (self->person->notes, i);

      json_builder_begin_object (builder);
      member_int (builder, "id", row->note->id);
      member_id (builder, "session_id", row->note->session_id);
      member_string (builder, "group_name", row->group_name);
      member_id (builder, "chapter", row->chapter);
      member_string (builder, "session_date", row->session_date);
      member_string (builder, "text", row->note->text);
      member_string (builder, "created_at", row->note->created_at);
      member_string (builder, "updated_at", row->note->updated_at);
      member_string (builder, "finalised_at", row->note->finalised_at);
      json_builder_set_member_name (builder, "addenda");
      json_builder_begin_array (builder);
      for (guint j = 0; j < row->addenda->len; j++)
        {
          CorroStoreAddendum *addendum = g_ptr_array_index (row->addenda, j);

          json_builder_begin_object (builder);
          member_int (builder, "id", addendum->id);
          member_string (builder, "text", addendum->text);
          member_string (builder, "created_at", addendum->created_at);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
json_history (CorroPersonRecord *self,
              JsonBuilder       *builder)
{
  json_builder_set_member_name (builder, "history");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->person->history->len; i++)
    {
      CorroStoreAuditEntry *entry = g_ptr_array_index (self->person->history, i);

      json_builder_begin_object (builder);
      member_string (builder, "at", entry->at);
      member_string (builder, "action", entry->action);
      member_string (builder, "entity", entry->entity);
      member_id (builder, "entity_id", entry->entity_id);
      member_string (builder, "detail", entry->detail);
      {
        g_autofree char *description = corro_history_dup_description (self->person, entry);

        member_string (builder, "description", description);
      }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* GObject */

static void
corro_person_record_finalize (GObject *object)
{
  CorroPersonRecord *self = (CorroPersonRecord *) object;

  g_clear_pointer (&self->person, corro_store_person_free);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->exported_at, g_free);
  g_clear_pointer (&self->not_included, g_free);

  G_OBJECT_CLASS (corro_person_record_parent_class)->finalize (object);
}

static void
corro_person_record_class_init (CorroPersonRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = corro_person_record_finalize;
}

static void
corro_person_record_init (CorroPersonRecord *self)
{
  self->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
}

/* public API */

/**
 * corro_person_record_load:
 *
 * Gathers everything @store holds about a participant; a handful of rows, read inline.
 *
 * Returns: (transfer full): the record, or %NULL (%CORRO_RECORDS_ERROR_NOT_FOUND when
 *   there is no such participant)
 */
CorroPersonRecord *
corro_person_record_load (CorroStore  *store,
                          gint64       participant_id,
                          GError     **error)
{
  g_autoptr(CorroPersonRecord) self = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  CorroStorePerson *person;

  g_return_val_if_fail (CORRO_IS_STORE (store), NULL);

  if (!(person = corro_store_get_person (store, participant_id, error)))
    return NULL;

  self = g_object_new (CORRO_TYPE_PERSON_RECORD, NULL);
  self->person = person;
  self->exported_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  /* Translators: the title of the record of everything held about one person */
  self->title = g_strdup_printf (_("What Corro holds about %s"), person->participant->name);
  build_sections (self);

  return g_steal_pointer (&self);
}

gint64
corro_person_record_get_id (CorroPersonRecord *self)
{
  g_return_val_if_fail (CORRO_IS_PERSON_RECORD (self), 0);

  return self->person->participant->id;
}

const char *
corro_person_record_get_name (CorroPersonRecord *self)
{
  g_return_val_if_fail (CORRO_IS_PERSON_RECORD (self), NULL);

  return self->person->participant->name;
}

/**
 * corro_person_record_get_title:
 *
 * Returns: a heading for the whole record, in the interface's language
 */
const char *
corro_person_record_get_title (CorroPersonRecord *self)
{
  g_return_val_if_fail (CORRO_IS_PERSON_RECORD (self), NULL);

  return self->title;
}

/**
 * corro_person_record_get_exported_at:
 *
 * Returns: when the record was gathered, UTC, "YYYY-MM-DDTHH:MM:SSZ"
 */
const char *
corro_person_record_get_exported_at (CorroPersonRecord *self)
{
  g_return_val_if_fail (CORRO_IS_PERSON_RECORD (self), NULL);

  return self->exported_at;
}

/**
 * corro_person_record_count:
 * @n_groups: (out) (optional): the groups they were referred to
 * @n_marks: (out) (optional): the attendance marks
 * @n_notes: (out) (optional): the notes about them
 */
void
corro_person_record_count (CorroPersonRecord *self,
                           guint             *n_groups,
                           guint             *n_marks,
                           guint             *n_notes)
{
  g_return_if_fail (CORRO_IS_PERSON_RECORD (self));

  if (n_groups != NULL)
    *n_groups = self->person->enrolments->len;
  if (n_marks != NULL)
    *n_marks = self->person->marks->len;
  if (n_notes != NULL)
    *n_notes = self->person->notes->len;
}

guint
corro_person_record_get_n_sections (CorroPersonRecord *self)
{
  g_return_val_if_fail (CORRO_IS_PERSON_RECORD (self), 0);

  return self->sections->len;
}

/**
 * corro_person_record_get_section:
 *
 * The record for people to read, in order: details, each group with its pre-group
 * contacts, attendance, the notes about them with their addenda, what the record does
 * not contain and why, and the history of the record.
 *
 * Returns: (transfer none): the section at @index
 */
const CorroPersonSection *
corro_person_record_get_section (CorroPersonRecord *self,
                                 guint              index)
{
  g_return_val_if_fail (CORRO_IS_PERSON_RECORD (self), NULL);
  g_return_val_if_fail (index < self->sections->len, NULL);

  return g_ptr_array_index (self->sections, index);
}

/**
 * corro_person_record_to_json:
 *
 * Returns: (transfer full): the record as JSON (data/person-export-format.md)
 */
char *
corro_person_record_to_json (CorroPersonRecord *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (CORRO_IS_PERSON_RECORD (self), NULL);

  json_builder_begin_object (builder);
  member_string (builder, "format", RECORD_JSON_FORMAT);
  member_int (builder, "version", RECORD_JSON_VERSION);
  member_string (builder, "exported_at", self->exported_at);
  json_participant (self, builder);
  json_enrolments (self, builder);
  json_attendance (self, builder);
  json_notes (self, builder);
  json_history (self, builder);
  json_builder_set_member_name (builder, "not_included");
  json_builder_begin_object (builder);
  member_int (builder, "session_notes", self->person->n_session_notes);
  member_string (builder, "explanation", self->not_included);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/**
 * corro_person_record_dup_file_name:
 * @extension: "json" or "pdf"
 *
 * Returns: (transfer full): a name to offer when saving the record, without the
 *   person's name (a file name shows in lists and recent files): "record-12.json"
 */
char *
corro_person_record_dup_file_name (CorroPersonRecord *self,
                                   const char        *extension)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (CORRO_IS_PERSON_RECORD (self), NULL);
  g_return_val_if_fail (extension != NULL, NULL);

  id = g_strdup_printf ("%" G_GINT64_FORMAT, corro_person_record_get_id (self));
  /* Translators: the file name offered for a person's record; %s is its number */
  return g_strdup_printf (_("record-%s.%s"), id, extension);
}

/**
 * corro_person_record_write_json:
 *
 * Writes the record as JSON to @file, readable by its owner only (mode 0600): the file
 * is replaced whole or not at all. It writes at once: call it from a worker thread in
 * the interface.
 */
gboolean
corro_person_record_write_json (CorroPersonRecord  *self,
                                GFile              *file,
                                GCancellable       *cancellable,
                                GError            **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (CORRO_IS_PERSON_RECORD (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = corro_person_record_to_json (self);
  return g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, cancellable, error);
}
