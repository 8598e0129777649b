/* corro-store-people.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-store-people"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "corro-store-people.h"
#include "corro-store-records-private.h"

/* Names are compared folded: decomposed, without accents, case-folded, spaces
 * collapsed ("Iñaki  PEÑA" = "inaki pena"). Phones by their digits (at least six, so
 * that "0" matches nothing), emails ignoring case. SQLite has no such folding, so the
 * rows are read once and compared here: a service's records are thousands of people
 * at most, read in a few milliseconds. */

#define SQL_LIST_PEOPLE \
  "SELECT p.id, p.name, p.relationship, p.child_age_months, p.language, p.phone, " \
  "p.email, p.consent_date, p.consent_scope, " \
  "(SELECT g.name FROM enrolment e JOIN grp g ON g.id = e.group_id " \
  " WHERE e.participant_id = p.id ORDER BY e.created_at DESC, e.id DESC LIMIT 1), " \
  "(SELECT e.referral_date FROM enrolment e " \
  " WHERE e.participant_id = p.id ORDER BY e.created_at DESC, e.id DESC LIMIT 1) " \
  "FROM participant p ORDER BY p.name COLLATE NOCASE, p.id"

#define SQL_BEGIN_MERGER "INSERT INTO merger (from_id, into_id) VALUES (?1, ?2)"
#define SQL_END_MERGER "DELETE FROM merger"
/* Their enrolments in groups the kept record is not in move whole, contacts and all. */
#define SQL_MOVE_ENROLMENTS \
  "UPDATE enrolment SET participant_id = ?2, updated_at = " CORRO_STORE_NOW " " \
  "WHERE participant_id = ?1 AND group_id NOT IN " \
  "(SELECT group_id FROM enrolment WHERE participant_id = ?2)"
/* In a group both are in, the kept enrolment stays; the other's contacts join it. */
#define SQL_MOVE_CONTACTS \
  "UPDATE contact SET enrolment_id = (SELECT k.id FROM enrolment o JOIN enrolment k " \
  "  ON k.group_id = o.group_id AND k.participant_id = ?2 " \
  "  WHERE o.id = contact.enrolment_id) " \
  "WHERE enrolment_id IN (SELECT id FROM enrolment WHERE participant_id = ?1)"
#define SQL_FILL_REFERRAL \
  "UPDATE enrolment SET referral_source = (SELECT o.referral_source FROM enrolment o " \
  "  WHERE o.participant_id = ?1 AND o.group_id = enrolment.group_id), " \
  "referral_date = coalesce (referral_date, (SELECT o.referral_date FROM enrolment o " \
  "  WHERE o.participant_id = ?1 AND o.group_id = enrolment.group_id)) " \
  "WHERE participant_id = ?2 AND referral_source = '' AND group_id IN " \
  "(SELECT group_id FROM enrolment WHERE participant_id = ?1)"
/* A session both were marked for keeps the kept record's mark. */
#define SQL_MOVE_MARKS \
  "UPDATE attendance SET participant_id = ?2 WHERE participant_id = ?1 AND session_id " \
  "NOT IN (SELECT session_id FROM attendance WHERE participant_id = ?2)"
#define SQL_MOVE_NOTES \
  "UPDATE reflection SET participant_id = ?2 WHERE participant_id = ?1"
#define SQL_DELETE_PARTICIPANT "DELETE FROM participant WHERE id = ?1"

typedef struct
{
  CorroStoreLookalike *person;
  char                *folded_name;
  char                *digits;
} Candidate;

/* helpers */

static gpointer
read_lookalike (sqlite3_stmt *stmt)
{
  CorroStoreLookalike *lookalike = g_new0 (CorroStoreLookalike, 1);

  _corro_store_read_participant_into (stmt, &lookalike->participant);
  lookalike->group_name = _corro_store_column_dup (stmt, 9);
  lookalike->referral_date = _corro_store_column_dup (stmt, 10);
  return lookalike;
}

static char *
dup_digits (const char *phone)
{
  GString *digits = g_string_new (NULL);

  for (const char *p = phone; p != NULL && *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);
  /* "+52 55 …" and "55 …" are the same number: compare the last ten digits. */
  if (digits->len > 10)
    g_string_erase (digits, 0, digits->len - 10);
  return g_string_free (digits, FALSE);
}

static gboolean
same_email (const char *a,
            const char *b)
{
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  left = g_utf8_casefold (g_strstrip (g_strdup (a)), -1);
  right = g_utf8_casefold (g_strstrip (g_strdup (b)), -1);
  return left[0] != '\0' && strchr (left, '@') != NULL && g_str_equal (left, right);
}

static GPtrArray *
list_people (CorroStore  *self,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), SQL_LIST_PEOPLE,
                                       error)))
    return NULL;
  return _corro_store_collect (self, stmt, read_lookalike,
                               (GDestroyNotify) corro_store_lookalike_free, error);
}

static gboolean
run_pair (CorroStore  *self,
          const char  *sql,
          gint64       first,
          gint64       second,
          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!(stmt = corro_database_prepare (_corro_store_get_database (self), sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, first);
  if (second != 0)
    sqlite3_bind_int64 (stmt, 2, second);
  return _corro_store_run (self, stmt, error);
}

static char *
choose (char *kept,
        char *other)
{
  return g_strdup (_corro_store_is_blank (kept) ? other : kept);
}

/* The kept record's details, with what it lacks taken from the other. */
static gboolean
fill_details (CorroStore  *self,
              gint64       keep_id,
              gint64       other_id,
              GError     **error)
{
  g_autoptr(CorroStoreParticipant) kept = NULL;
  g_autoptr(CorroStoreParticipant) other = NULL;
  CorroStoreParticipant merged;
  gboolean ok;

  if (!(kept = corro_store_get_participant (self, keep_id, error)) ||
      !(other = corro_store_get_participant (self, other_id, error)))
    return FALSE;

  merged = (CorroStoreParticipant) {
    .id = keep_id,
    .name = g_strdup (kept->name),
    .relationship = kept->relationship != CORRO_RELATIONSHIP_UNKNOWN ? kept->relationship
                                                                     : other->relationship,
    .child_age_months = kept->child_age_months >= 0 ? kept->child_age_months
                                                    : other->child_age_months,
    .language = choose (kept->language, other->language),
    .phone = choose (kept->phone, other->phone),
    .email = choose (kept->email, other->email),
    .consent_date = kept->consent_date != NULL ? g_strdup (kept->consent_date)
                                               : g_strdup (other->consent_date),
    .consent_scope = choose (kept->consent_scope, other->consent_scope),
  };
  ok = corro_store_update_participant (self, &merged, error);
  corro_store_participant_clear (&merged);
  return ok;
}

/* freeing */

void
corro_store_lookalike_free (CorroStoreLookalike *lookalike)
{
  if (lookalike == NULL)
    return;

  corro_store_participant_clear (&lookalike->participant);
  g_free (lookalike->group_name);
  g_free (lookalike->referral_date);
  g_free (lookalike);
}

/* public API */

/**
 * corro_store_fold_name:
 *
 * Returns: (transfer full): @name without accents, case-folded, its spaces collapsed:
 *   "  Iñaki  PEÑA" → "inaki pena"
 */
char *
corro_store_fold_name (const char *name)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *plain;
  gboolean space = TRUE;

  if (name == NULL)
    return g_strdup ("");

  decomposed = g_utf8_normalize (name, -1, G_NORMALIZE_NFD);
  if (decomposed == NULL)
    return g_strdup ("");
  folded = g_utf8_casefold (decomposed, -1);

  plain = g_string_new (NULL);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (g_unichar_isspace (c))
        {
          space = TRUE;
          continue;
        }
      if (space && plain->len > 0)
        g_string_append_c (plain, ' ');
      space = FALSE;
      g_string_append_unichar (plain, c);
    }
  return g_string_free (plain, FALSE);
}

/**
 * corro_store_find_lookalikes:
 * @name: (nullable): the name being added
 * @phone: (nullable): their phone
 * @email: (nullable): their email
 * @except_id: a participant not to list (the one being edited), or 0
 *
 * Returns: (transfer full) (element-type CorroStoreLookalike): the people in the
 *   records with the same name (ignoring case and accents), phone or email, by name
 */
GPtrArray *
corro_store_find_lookalikes (CorroStore  *self,
                             const char  *name,
                             const char  *phone,
                             const char  *email,
                             gint64       except_id,
                             GError     **error)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autofree char *folded = corro_store_fold_name (name);
  g_autofree char *digits = dup_digits (phone);
  GPtrArray *found;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  if (!(people = list_people (self, error)))
    return NULL;

  found = g_ptr_array_new_with_free_func ((GDestroyNotify) corro_store_lookalike_free);
  for (guint i = 0; i < people->len; i++)
    {
      CorroStoreLookalike *person = g_ptr_array_index (people, i);
      g_autofree char *their_name = corro_store_fold_name (person->participant.name);
      g_autofree char *their_digits = dup_digits (person->participant.phone);

      if (person->participant.id == except_id)
        continue;
      if (folded[0] != '\0' && g_str_equal (folded, their_name))
        person->likeness |= CORRO_STORE_SAME_NAME;
      if (strlen (digits) >= 6 && g_str_equal (digits, their_digits))
        person->likeness |= CORRO_STORE_SAME_PHONE;
      if (same_email (email, person->participant.email))
        person->likeness |= CORRO_STORE_SAME_EMAIL;
      if (person->likeness != 0)
        g_ptr_array_add (found, g_steal_pointer (&people->pdata[i]));
    }
  return found;
}

/**
 * corro_store_search_people:
 * @query: words of a name (accents and case do not matter), or a part of a phone
 *   number or of an email
 *
 * Returns: (transfer full) (element-type CorroStoreLookalike): the people found, by
 *   name; how each was found is in its likeness
 */
GPtrArray *
corro_store_search_people (CorroStore  *self,
                           const char  *query,
                           GError     **error)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autofree char *folded = corro_store_fold_name (query);
  g_autofree char *digits = dup_digits (query);
  g_auto(GStrv) words = NULL;
  GPtrArray *found;

  g_return_val_if_fail (CORRO_IS_STORE (self), NULL);

  found = g_ptr_array_new_with_free_func ((GDestroyNotify) corro_store_lookalike_free);
  if (folded[0] == '\0')
    return found;
  if (!(people = list_people (self, error)))
    {
      g_ptr_array_unref (found);
      return NULL;
    }

  words = g_strsplit (folded, " ", -1);
  for (guint i = 0; i < people->len; i++)
    {
      CorroStoreLookalike *person = g_ptr_array_index (people, i);
      g_autofree char *name = corro_store_fold_name (person->participant.name);
      g_autofree char *email = corro_store_fold_name (person->participant.email);
      g_autofree char *phone = dup_digits (person->participant.phone);
      gboolean all_words = TRUE;

      for (guint w = 0; words[w] != NULL; w++)
        if (strstr (name, words[w]) == NULL)
          all_words = FALSE;
      if (all_words)
        person->likeness |= CORRO_STORE_SAME_NAME;
      if (strlen (digits) >= 4 && strstr (phone, digits) != NULL)
        person->likeness |= CORRO_STORE_SAME_PHONE;
      if (strchr (folded, '@') != NULL && email[0] != '\0' && strstr (email, folded) != NULL)
        person->likeness |= CORRO_STORE_SAME_EMAIL;
      if (person->likeness != 0)
        g_ptr_array_add (found, g_steal_pointer (&people->pdata[i]));
    }
  return found;
}

/**
 * corro_store_merge_participants:
 * @keep_id: the record kept
 * @other_id: the record merged into it, then removed
 *
 * Merges two records of one person, in one transaction: the other's enrolments (with
 * their contacts), attendance and notes move to the kept record; in a group both were
 * in, the kept enrolment stays and gains the other's contacts; for a session both were
 * marked for, the kept record's mark stays. Details the kept record lacks are taken
 * from the other. The audit gains "merged participant #a into #b".
 */
gboolean
corro_store_merge_participants (CorroStore  *self,
                                gint64       keep_id,
                                gint64       other_id,
                                GError     **error)
{
  CorroDatabase *db;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (CORRO_IS_STORE (self), FALSE);

  if (keep_id == other_id)
    {
      g_set_error_literal (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                           _("A record cannot be merged with itself."));
      return FALSE;
    }

  db = _corro_store_get_database (self);
  if (!corro_database_begin (db, error))
    return FALSE;

  detail = g_strdup_printf ("merged participant #%" G_GINT64_FORMAT " into #%"
                            G_GINT64_FORMAT, other_id, keep_id);
  if (!fill_details (self, keep_id, other_id, error) ||
      !run_pair (self, SQL_BEGIN_MERGER, other_id, keep_id, error) ||
      !run_pair (self, SQL_MOVE_ENROLMENTS, other_id, keep_id, error) ||
      !run_pair (self, SQL_MOVE_CONTACTS, other_id, keep_id, error) ||
      !run_pair (self, SQL_FILL_REFERRAL, other_id, keep_id, error) ||
      !run_pair (self, SQL_MOVE_MARKS, other_id, keep_id, error) ||
      !run_pair (self, SQL_MOVE_NOTES, other_id, keep_id, error) ||
      !run_pair (self, SQL_DELETE_PARTICIPANT, other_id, 0, error) ||
      !corro_database_exec (db, SQL_END_MERGER, error) ||
      !_corro_store_append_audit (self, "merge", "participant", keep_id, detail, error) ||
      !corro_database_commit (db, error))
    {
      corro_database_rollback (db);
      return FALSE;
    }

  return TRUE;
}
