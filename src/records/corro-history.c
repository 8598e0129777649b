/* corro-history.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-history"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "corro-history.h"
#include "corro-labels.h"

/* The audit trail keeps ids, actions and the names of fields that changed, never the
 * values (0001, 0004, 0007). The person's record (CorroStorePerson) holds their groups,
 * marks and notes, which turn those ids back into names a reader knows. A row whose
 * group or session is gone is still described, without the name. */

static const CorroStorePersonEnrolment *
find_enrolment (const CorroStorePerson *person,
                gint64                  enrolment_id)
{
  for (guint i = 0; person->enrolments != NULL && i < person->enrolments->len; i++)
    {
      const CorroStorePersonEnrolment *enrolment = g_ptr_array_index (person->enrolments, i);

      if (enrolment->enrolment.id == enrolment_id)
        return enrolment;
    }
  return NULL;
}

static const CorroStorePersonEnrolment *
find_enrolment_of_contact (const CorroStorePerson *person,
                           gint64                  contact_id)
{
  for (guint i = 0; person->enrolments != NULL && i < person->enrolments->len; i++)
    {
      const CorroStorePersonEnrolment *enrolment = g_ptr_array_index (person->enrolments, i);

      for (guint j = 0; enrolment->contacts != NULL && j < enrolment->contacts->len; j++)
        {
          const CorroStoreContact *contact = g_ptr_array_index (enrolment->contacts, j);

          if (contact->id == contact_id)
            return enrolment;
        }
    }
  return NULL;
}

static const CorroStorePersonMark *
find_mark (const CorroStorePerson *person,
           gint64                  session_id)
{
  for (guint i = 0; person->marks != NULL && i < person->marks->len; i++)
    {
      const CorroStorePersonMark *mark = g_ptr_array_index (person->marks, i);

      if (mark->session_id == session_id)
        return mark;
    }
  return NULL;
}

/* "enrolment 12", "session 17" → 12, 17; 0 when the detail says otherwise. */
static gint64
detail_id (const char *detail,
           const char *word)
{
  g_autofree char *prefix = g_strconcat (word, " ", NULL);
  const char *at;

  if (detail == NULL || (at = strstr (detail, prefix)) == NULL)
    return 0;
  return g_ascii_strtoll (at + strlen (prefix), NULL, 10);
}

static gboolean
detail_has (const char *detail,
            const char *field)
{
  g_auto(GStrv) words = NULL;

  if (detail == NULL)
    return FALSE;
  words = g_strsplit (detail, " ", -1);
  return g_strv_contains ((const char * const *) words, field);
}

/* The fields of a participant the audit names, in the words of the person's page. */
static char *
dup_fields (const char *detail)
{
  static const struct { const char *field; const char *words; } fields[] = {
    { "name", N_("name") },
    { "relationship", N_("relationship") },
    { "child_age", N_("child’s age") },
    { "language", N_("language") },
    { "phone", N_("phone") },
    { "email", N_("email") },
    { "consent", N_("consent") },
  };
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (detail_has (detail, fields[i].field))
      g_ptr_array_add (names, (gpointer) _(fields[i].words));
  if (names->len == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  /* Translators: between the names of fields that changed: "phone, email" */
  return g_strjoinv (_(", "), (char **) names->pdata);
}

static char *
describe_participant (const CorroStoreAuditEntry *entry)
{
  g_autofree char *fields = NULL;

  if (g_str_equal (entry->action, "create"))
    return g_strdup (_("Added to the records"));
  if (g_str_equal (entry->action, "merge"))
    return g_strdup (_("Another record of the same person was merged into this one"));
  if (g_str_equal (entry->action, "update"))
    {
      if ((fields = dup_fields (entry->detail)) == NULL)
        return g_strdup (_("Details saved, nothing changed"));
      /* Translators: %s lists fields of a person's details: "phone, email" */
      return g_strdup_printf (_("Details changed: %s"), fields);
    }
  return g_strdup (_("Record removed"));
}

static char *
describe_enrolment (const CorroStorePerson     *person,
                    const CorroStoreAuditEntry *entry)
{
  const CorroStorePersonEnrolment *enrolment = find_enrolment (person, entry->entity_id);
  const char *group = enrolment != NULL ? enrolment->group_name : NULL;

  if (group == NULL)
    {
      if (g_str_equal (entry->action, "create"))
        return g_strdup (_("Added to a group"));
      if (g_str_equal (entry->action, "update"))
        return g_strdup (_("Their place in a group changed"));
      return g_strdup (_("Removed from a group"));
    }

  /* Translators: %s is a group's name */
  if (g_str_equal (entry->action, "create"))
    return g_strdup_printf (_("Added to %s"), group);
  if (g_str_equal (entry->action, "update"))
    {
      if (detail_has (entry->detail, "status"))
        /* Translators: %s is a group's name */
        return g_strdup_printf (_("Status in %s changed"), group);
      if (detail_has (entry->detail, "reason"))
        /* Translators: %s is a group's name */
        return g_strdup_printf (_("Reason for leaving %s changed"), group);
      /* Translators: %s is a group's name */
      return g_strdup_printf (_("Referral to %s changed"), group);
    }
  /* Translators: %s is a group's name */
  return g_strdup_printf (_("Removed from %s"), group);
}

static char *
describe_contact (const CorroStorePerson     *person,
                  const CorroStoreAuditEntry *entry)
{
  const CorroStorePersonEnrolment *enrolment = find_enrolment_of_contact (person,
                                                                          entry->entity_id);

  if (enrolment == NULL)
    return g_strdup (_("Pre-group contact logged"));
  /* Translators: %s is a group's name */
  return g_strdup_printf (_("Pre-group contact logged for %s"), enrolment->group_name);
}

static char *
describe_attendance (const CorroStorePerson     *person,
                     const CorroStoreAuditEntry *entry)
{
  const CorroStorePersonMark *mark = find_mark (person, detail_id (entry->detail, "session"));
  gboolean unmark = g_str_equal (entry->action, "unmark");
  g_autofree char *date = NULL;

  if (mark == NULL)
    return g_strdup (unmark ? _("Attendance mark removed for a session")
                            : _("Attendance marked for a session"));

  date = corro_label_date (mark->date);
  if (unmark)
    /* Translators: %s is a group's name, %u a chapter, the last %s the session's date */
    return g_strdup_printf (_("Attendance mark removed for %s, chapter %u (%s)"),
                            mark->group_name, mark->chapter, date);
  /* Translators: %s is a group's name, %u a chapter, the last %s the session's date */
  return g_strdup_printf (_("Attendance marked for %s, chapter %u (%s)"),
                          mark->group_name, mark->chapter, date);
}

static char *
describe_reflection (const CorroStoreAuditEntry *entry)
{
  if (g_str_equal (entry->action, "create"))
    return g_strdup (_("Note about them started"));
  if (g_str_equal (entry->action, "edit"))
    return g_strdup (_("Note about them edited"));
  if (g_str_equal (entry->action, "finalise"))
    return g_strdup (_("Note about them finalised"));
  if (g_str_equal (entry->action, "addendum"))
    return g_strdup (_("Addendum added to a note about them"));
  return g_strdup (_("Note about them deleted"));
}

/**
 * corro_history_dup_description:
 * @person: the person the trail is about (its groups, marks and notes name the rows)
 * @entry: one line of their trail
 *
 * Returns: (transfer full): what happened, in plain words: "Added to Grupo Martes",
 *   "Details changed: phone, email"
 */
char *
corro_history_dup_description (const CorroStorePerson     *person,
                               const CorroStoreAuditEntry *entry)
{
  g_return_val_if_fail (person != NULL, NULL);
  g_return_val_if_fail (entry != NULL, NULL);

  if (g_str_equal (entry->entity, "participant"))
    return describe_participant (entry);
  if (g_str_equal (entry->entity, "enrolment"))
    return describe_enrolment (person, entry);
  if (g_str_equal (entry->entity, "contact"))
    return describe_contact (person, entry);
  if (g_str_equal (entry->entity, "attendance"))
    return describe_attendance (person, entry);
  if (g_str_equal (entry->entity, "reflection"))
    return describe_reflection (entry);
  return g_strdup (_("Record changed"));
}

/**
 * corro_history_dup_when:
 *
 * Returns: (transfer full): when, in local time: "3 March 2026, 14:05"
 */
char *
corro_history_dup_when (const CorroStoreAuditEntry *entry)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (entry != NULL, NULL);

  if (entry->at == NULL || (utc = g_date_time_new_from_iso8601 (entry->at, NULL)) == NULL)
    return g_strdup (_("Unknown date"));
  local = g_date_time_to_local (utc);
  /* Translators: when a change was made, in strftime() form: "3 March 2026, 14:05" */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

/**
 * corro_history_dup_line:
 *
 * Returns: (transfer full): the description and when, in one sentence:
 *   "Added to Grupo Martes on 3 March 2026, 14:05"
 */
char *
corro_history_dup_line (const CorroStorePerson     *person,
                        const CorroStoreAuditEntry *entry)
{
  g_autofree char *description = corro_history_dup_description (person, entry);
  g_autofree char *when = corro_history_dup_when (entry);

  /* Translators: what happened, then when: "Added to Grupo Martes on 3 March 2026, 14:05" */
  return g_strdup_printf (_("%s on %s"), description, when);
}
