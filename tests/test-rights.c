/* test-rights.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * People's rights over their records, on a real database file: erasure leaves no trace
 * of the person in any table, in the full-text index or in the file's bytes, and only a
 * destruction record in the audit trail; the other participant is untouched; the export
 * holds everything the store holds about the person and nothing about anyone else; the
 * retention review lists exactly who is past the period.
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <json-glib/json-glib.h>

#include "corro-database.h"
#include "corro-person-record-pdf.h"
#include "corro-person-record.h"
#include "corro-store-private.h"
#include "corro-store-rights.h"
#include "corro-test-util.h"

/* Every word that is Lucía's: her details and the words of the notes about her. */
static const char * const lucia_words[] = {
  "Zarzamora", "zarzamora", "Lucía", "+52 55 0199 7331", "0199 7331",
  "lucia.zarzamora@example.org", "zarzamora@example", "Ximbra clinic",
  "orquidealuz", "zafiroborrador", "ambarinaaddendum", "cenzontle", "marimbacontacto",
  "consentxylo", "retirohamaca",
};
/* Tom's, which must survive her erasure and never appear in her export. */
static const char * const tom_words[] = {
  "Quillfeather", "+44 7700 900123", "tom.quill@example.net", "quetzalpluma",
  "Harbour hub", "gorrionpluma",
};
/* The facilitators' supervision notes: never part of anyone's export. */
static const char * const supervision_words[] = { "kiwireflexion", "mangofidelidad" };

typedef struct
{
  char       *dir;
  char       *path;
  CorroStore *store;
  gint64      group_id;
  gint64      old_group_id;
  gint64      session_ids[8];
  gint64      lucia;
  gint64      tom;
  gint64      lucia_note;
} Fixture;

/* helpers */

static gint64
add_participant (CorroStore  *store,
                 const char  *name,
                 const char  *phone,
                 const char  *email,
                 const char  *scope)
{
  CorroStoreParticipant participant = {
    .name = (char *) name,
    .relationship = CORRO_RELATIONSHIP_MOTHER,
    .child_age_months = 14,
    .language = (char *) "es",
    .phone = (char *) phone,
    .email = (char *) email,
    .consent_date = (char *) "2025-02-20",
    .consent_scope = (char *) scope,
  };
  g_autoptr(GError) error = NULL;
  gint64 id = corro_store_insert_participant (store, &participant, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
enrol (CorroStore *store,
       gint64      group_id,
       gint64      participant_id,
       const char *source)
{
  CorroStoreEnrolment enrolment = {
    .group_id = group_id,
    .participant_id = participant_id,
    .referral_source = (char *) source,
    .referral_date = (char *) "2025-02-01",
  };
  g_autoptr(GError) error = NULL;
  gint64 id = corro_store_enrol (store, &enrolment, &error);

  g_assert_no_error (error);
  return id;
}

static CorroDatabase *
open_second (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  CorroDatabase *db = corro_database_open (fixture->path, &error);

  g_assert_no_error (error);
  return db;
}

static gint64
query_int (Fixture    *fixture,
           const char *sql)
{
  g_autoptr(CorroDatabase) db = open_second (fixture);
  g_autoptr(sqlite3_stmt) stmt = corro_database_prepare (db, sql, NULL);
  gboolean has_row = FALSE;

  g_assert_nonnull (stmt);
  g_assert_true (corro_database_step (db, stmt, &has_row, NULL));
  g_assert_true (has_row);
  return sqlite3_column_int64 (stmt, 0);
}

/* Every row of every table (FTS shadow tables included), one line per row. */
static GPtrArray *
dump_tables (Fixture *fixture)
{
  g_autoptr(CorroDatabase) db = open_second (fixture);
  g_autoptr(sqlite3_stmt) tables = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  gboolean has_row = FALSE;

  tables = corro_database_prepare (db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "ORDER BY name", NULL);
  while (corro_database_step (db, tables, &has_row, NULL) && has_row)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", table);
      g_autoptr(sqlite3_stmt) stmt = corro_database_prepare (db, sql, NULL);
      gboolean more = FALSE;

      g_assert_nonnull (stmt);
      while (corro_database_step (db, stmt, &more, NULL) && more)
        {
          GString *row = g_string_new (table);

          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const void *blob = sqlite3_column_blob (stmt, c);
              int size = sqlite3_column_bytes (stmt, c);

              g_string_append_c (row, '|');
              if (blob != NULL)
                g_string_append_len (row, blob, size);
            }
          g_ptr_array_add (rows, g_string_free (row, FALSE));
        }
    }
  return rows;
}

static gboolean
bytes_contain (const char *data,
               gsize       size,
               const char *word)
{
  gsize length = strlen (word);

  for (gsize i = 0; i + length <= size; i++)
    if (data[i] == word[0] && memcmp (data + i, word, length) == 0)
      return TRUE;
  return FALSE;
}

static void
assert_no_words (const char         *what,
                 const char         *data,
                 gsize               size,
                 const char * const *words,
                 guint               n_words)
{
  for (guint i = 0; i < n_words; i++)
    if (bytes_contain (data, size, words[i]))
      g_error ("“%s” is still in %s", words[i], what);
}

static void
assert_all_words (const char         *what,
                  const char         *data,
                  gsize               size,
                  const char * const *words,
                  guint               n_words)
{
  for (guint i = 0; i < n_words; i++)
    if (!bytes_contain (data, size, words[i]))
      g_error ("“%s” is missing from %s", words[i], what);
}

static char *
export_json (Fixture *fixture,
             gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroPersonRecord) record = corro_person_record_load (fixture->store, id, &error);
  g_autofree char *json = NULL;
  char *stamp;

  g_assert_no_error (error);
  json = corro_person_record_to_json (record);
  /* Blank the export's own time, so two exports of the same rows compare equal. */
  stamp = strstr (json, corro_person_record_get_exported_at (record));
  g_assert_nonnull (stamp);
  memset (stamp, '-', strlen (corro_person_record_get_exported_at (record)));
  return g_steal_pointer (&json);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  CorroStoreContact contact = { .date = (char *) "2025-02-10",
                                .method = CORRO_CONTACT_PHONE,
                                .note = (char *) "llamada marimbacontacto" };
  CorroStore *store;
  gint64 lucia_enrolment, old_enrolment, tom_enrolment, tom_note, session_note;

  fixture->dir = corro_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "corro.db", NULL);
  fixture->store = store = corro_store_open (fixture->path, &error);
  g_assert_no_error (error);

  /* The worst case for leftovers: SQLite's own default (Debian builds it with
   * secure_delete on; others do not), and a full-text index that does not merge its
   * segments on its own, as in a large one. */
  g_assert_true (corro_database_exec (_corro_store_get_database (store),
                                      "PRAGMA secure_delete = OFF;"
                                      "INSERT INTO reflection_fts (reflection_fts, rank) "
                                      "VALUES ('automerge', 0);", &error));
  corro_test_put_programme (store);

  fixture->group_id = corro_test_create_group (store, "Grupo martes", "2025-03-04");
  fixture->old_group_id = corro_test_create_group (store, "Grupo 2019", "2019-01-08");
  sessions = corro_store_list_sessions (store, fixture->group_id, &error);
  for (guint i = 0; i < 8; i++)
    fixture->session_ids[i] = ((CorroStoreSession *) g_ptr_array_index (sessions, i))->id;

  fixture->lucia = add_participant (store, "Lucía Zarzamora", "+52 55 0199 7331",
                                    "lucia.zarzamora@example.org", "consentxylo");
  fixture->tom = add_participant (store, "Tom Quillfeather", "+44 7700 900123",
                                  "tom.quill@example.net", "group work");
  lucia_enrolment = enrol (store, fixture->group_id, fixture->lucia, "Ximbra clinic");
  old_enrolment = enrol (store, fixture->old_group_id, fixture->lucia, "Health visitor");
  tom_enrolment = enrol (store, fixture->group_id, fixture->tom, "Harbour hub");
  g_assert_true (corro_store_set_enrolment_status (store, old_enrolment,
                                                   CORRO_ENROLMENT_WITHDRAWN,
                                                   "retirohamaca", "2019-02-01", &error));
  contact.enrolment_id = lucia_enrolment;
  g_assert_cmpint (corro_store_add_contact (store, &contact, &error), >, 0);
  contact.enrolment_id = tom_enrolment;
  contact.note = (char *) "gorrionpluma";
  g_assert_cmpint (corro_store_add_contact (store, &contact, &error), >, 0);

  for (guint i = 0; i < 3; i++)
    {
      corro_store_set_attendance (store, fixture->session_ids[i], fixture->lucia,
                                  i == 1 ? CORRO_ATTENDANCE_LATE : CORRO_ATTENDANCE_PRESENT,
                                  &error);
      corro_store_set_attendance (store, fixture->session_ids[i], fixture->tom,
                                  CORRO_ATTENDANCE_PRESENT, &error);
    }
  g_assert_no_error (error);

  /* A note about her typed as drafts are, saved again and again, then finalised and
   * corrected by addendum; another still a draft. */
  fixture->lucia_note = corro_test_add_note (store, CORRO_REFLECTION_PARTICIPANT,
                                             fixture->session_ids[0], fixture->lucia,
                                             "zafiroborrador");
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *text = g_strdup_printf ("zafiroborrador orquidealuz %u", i);

      g_assert_true (corro_store_save_reflection_text (store, fixture->lucia_note, text,
                                                       &error));
    }
  g_assert_true (corro_store_finalise_reflection (store, fixture->lucia_note, &error));
  g_assert_cmpint (corro_store_add_addendum (store, fixture->lucia_note, "ambarinaaddendum",
                                             &error), >, 0);
  corro_test_add_note (store, CORRO_REFLECTION_PARTICIPANT, fixture->session_ids[1],
                       fixture->lucia, "cenzontle canta");

  tom_note = corro_test_add_note (store, CORRO_REFLECTION_PARTICIPANT, fixture->session_ids[0],
                                  fixture->tom, "quetzalpluma");
  g_assert_true (corro_store_finalise_reflection (store, tom_note, &error));
  session_note = corro_test_add_note (store, CORRO_REFLECTION_SESSION, fixture->session_ids[0], 0,
                                      "música de tiburón en el grupo");
  g_assert_cmpint (session_note, >, 0);
  corro_test_add_note (store, CORRO_REFLECTION_SELF, fixture->session_ids[0], 0, "kiwireflexion");
  corro_test_add_note (store, CORRO_REFLECTION_FIDELITY, fixture->session_ids[0], 0,
                       "mangofidelidad");
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  corro_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static char *
join_rows (GPtrArray *rows)
{
  g_ptr_array_add (rows, NULL);
  return g_strjoinv ("\n", (char **) rows->pdata);
}

static char *
read_file_or_empty (const char *path,
                    gsize      *size)
{
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, size, NULL))
    {
      *size = 0;
      return g_strdup ("");
    }
  return contents;
}

/* tests */

static void
test_erase_leaves_no_trace (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = dump_tables (fixture);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) matches = NULL;
  g_autofree char *before_text = join_rows (g_ptr_array_ref (before));
  g_autofree char *after_text = NULL;
  g_autofree char *tom_before = export_json (fixture, fixture->tom);
  g_autofree char *tom_after = NULL;
  g_autofree char *wal_path = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *file = NULL;
  g_autofree char *wal = NULL;
  static const char * const tokens[] = { "zafiroborrador", "orquidealuz", "ambarinaaddendum",
                                         "cenzontle", "marimbacontacto" };
  CorroStoreErasure erasure = { 0 };
  gsize file_size, wal_size;

  /* The scans see her before: they would see her after. */
  assert_all_words ("the tables before erasure", before_text, strlen (before_text),
                    lucia_words, G_N_ELEMENTS (lucia_words));
  file = read_file_or_empty (fixture->path, &file_size);
  wal = read_file_or_empty (wal_path, &wal_size);
  g_assert_true (bytes_contain (file, file_size, "orquidealuz") ||
                 bytes_contain (wal, wal_size, "orquidealuz"));
  g_clear_pointer (&file, g_free);
  g_clear_pointer (&wal, g_free);

  g_assert_true (corro_store_erase_participant (fixture->store, fixture->lucia,
                                                "facilitator-test", &erasure, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (erasure.enrolments, ==, 2);
  g_assert_cmpuint (erasure.contacts, ==, 1);
  g_assert_cmpuint (erasure.marks, ==, 3);
  g_assert_cmpuint (erasure.notes, ==, 2);
  g_assert_cmpuint (erasure.addenda, ==, 1);

  /* No table and no column holds anything of hers. */
  after = dump_tables (fixture);
  after_text = join_rows (g_ptr_array_ref (after));
  assert_no_words ("the tables", after_text, strlen (after_text), lucia_words,
                   G_N_ELEMENTS (lucia_words));

  /* The full-text index finds none of her words, and none is left in its vocabulary. */
  for (guint i = 0; i < G_N_ELEMENTS (tokens); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM reflection_fts "
                                              "WHERE reflection_fts MATCH '%s'", tokens[i]);
      g_autoptr(CorroDatabase) db = open_second (fixture);
      g_autofree char *vocab = g_strdup_printf (
        "CREATE VIRTUAL TABLE temp.vocab USING fts5vocab (main, reflection_fts, row);"
        "CREATE TEMP TABLE found AS SELECT * FROM temp.vocab WHERE term = '%s';", tokens[i]);

      g_assert_cmpint (query_int (fixture, sql), ==, 0);
      g_assert_true (corro_database_exec (db, vocab, NULL));
      g_clear_pointer (&sql, g_free);
      sql = g_strdup ("SELECT count (*) FROM temp.found");
      {
        g_autoptr(sqlite3_stmt) stmt = corro_database_prepare (db, sql, NULL);
        gboolean has_row = FALSE;

        g_assert_true (corro_database_step (db, stmt, &has_row, NULL));
        g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
      }
    }
  matches = corro_store_search_reflections (fixture->store, "orquidealuz",
                                            CORRO_NOTE_SCOPE_RECORDS, 50, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM reflection_fts "
                                       "WHERE reflection_fts MATCH 'quetzalpluma'"), ==, 1);

  /* Tom, the group, its session note and the supervision notes are as they were. */
  tom_after = export_json (fixture, fixture->tom);
  g_assert_cmpstr (tom_after, ==, tom_before);
  assert_all_words ("the tables after erasure", after_text, strlen (after_text), tom_words,
                    G_N_ELEMENTS (tom_words));
  assert_all_words ("the tables after erasure", after_text, strlen (after_text),
                    supervision_words, G_N_ELEMENTS (supervision_words));
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM reflection "
                                       "WHERE kind = 'session'"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM session"), ==, 16);

  /* The write-ahead log was emptied; once closed, the file's bytes hold nothing of hers. */
  wal = read_file_or_empty (wal_path, &wal_size);
  assert_no_words ("the write-ahead log", wal, wal_size, lucia_words,
                   G_N_ELEMENTS (lucia_words));
  g_assert_cmpuint (wal_size, ==, 0);
  g_clear_object (&fixture->store);
  file = read_file_or_empty (fixture->path, &file_size);
  g_assert_cmpuint (file_size, >, 0);
  assert_no_words ("the database file", file, file_size, lucia_words,
                   G_N_ELEMENTS (lucia_words));
  assert_no_words ("the database file", file, file_size, tokens, G_N_ELEMENTS (tokens));
  g_assert_true (bytes_contain (file, file_size, "Quillfeather"));
}

static void
test_erase_audit (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char *audit_sql =
    "SELECT group_concat (id || '|' || at || '|' || action || '|' || entity || '|' || "
    "coalesce (entity_id, '') || '|' || coalesce (detail, ''), char (10)) FROM "
    "(SELECT * FROM audit ORDER BY id)";
  g_autoptr(CorroDatabase) db = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *trail_before = NULL;
  g_autofree char *trail_after = NULL;
  gint64 n_before = query_int (fixture, "SELECT count (*) FROM audit");
  gboolean has_row = FALSE;
  g_autofree char *expected = NULL;

  db = open_second (fixture);
  stmt = corro_database_prepare (db, audit_sql, NULL);
  g_assert_true (corro_database_step (db, stmt, &has_row, NULL));
  trail_before = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  g_clear_pointer (&stmt, sqlite3_finalize);
  g_clear_object (&db);

  g_assert_true (corro_store_erase_participant (fixture->store, fixture->lucia,
                                                "facilitator-test", NULL, &error));
  g_assert_no_error (error);

  /* The trail kept every line it had, unchanged, and gained exactly one. */
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM audit"), ==, n_before + 1);
  db = open_second (fixture);
  stmt = corro_database_prepare (db, audit_sql, NULL);
  g_assert_true (corro_database_step (db, stmt, &has_row, NULL));
  trail_after = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  g_assert_true (g_str_has_prefix (trail_after, trail_before));
  assert_no_words ("the audit trail", trail_after, strlen (trail_after), lucia_words,
                   G_N_ELEMENTS (lucia_words));
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* The destruction record: when, by whom, which record; what went, counted. */
  stmt = corro_database_prepare (db, "SELECT action, entity, entity_id, detail, at FROM audit "
                                     "ORDER BY id DESC LIMIT 1", NULL);
  g_assert_true (corro_database_step (db, stmt, &has_row, NULL));
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "erase");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "participant");
  g_assert_cmpint (sqlite3_column_int64 (stmt, 2), ==, fixture->lucia);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==,
                   "by facilitator-test; enrolments 2, contacts 1, attendance 3, notes 2, "
                   "addenda 1");
  g_assert_nonnull (sqlite3_column_text (stmt, 4));

  /* Erasing again finds nothing, and writes nothing. */
  g_assert_false (corro_store_erase_participant (fixture->store, fixture->lucia, NULL, NULL,
                                                 &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_FOUND);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM audit"), ==, n_before + 1);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM erasure"), ==, 0);

  /* Without a name for who erased it, the computer's user is named. */
  expected = g_strdup_printf ("by %s;", g_get_user_name ());
  g_clear_error (&error);
  g_clear_pointer (&stmt, sqlite3_finalize);
  g_assert_true (corro_store_erase_participant (fixture->store, fixture->tom, NULL, NULL,
                                                &error));
  g_assert_no_error (error);
  stmt = corro_database_prepare (db, "SELECT detail FROM audit ORDER BY id DESC LIMIT 1", NULL);
  g_assert_true (corro_database_step (db, stmt, &has_row, NULL));
  g_assert_true (g_str_has_prefix ((const char *) sqlite3_column_text (stmt, 0), expected));
}

static JsonObject *
array_object (JsonObject *object,
              const char *member,
              guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (object, member), index);
}

/* Every text the store holds in these rows appears in @json. */
static void
assert_rows_in (Fixture    *fixture,
                const char *sql,
                const char *json)
{
  g_autoptr(CorroDatabase) db = open_second (fixture);
  g_autoptr(sqlite3_stmt) stmt = corro_database_prepare (db, sql, NULL);
  gboolean has_row = FALSE;
  guint n_rows = 0;

  g_assert_nonnull (stmt);
  sqlite3_bind_int64 (stmt, 1, fixture->lucia);
  while (corro_database_step (db, stmt, &has_row, NULL) && has_row)
    {
      n_rows++;
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          const char *value = (const char *) sqlite3_column_text (stmt, c);

          if (sqlite3_column_type (stmt, c) == SQLITE_TEXT && value[0] != '\0' &&
              strstr (json, value) == NULL)
            g_error ("%s = “%s” is missing from the export", sqlite3_column_name (stmt, c),
                     value);
        }
    }
  g_assert_cmpuint (n_rows, >, 0);
}

static void
test_export_everything (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroPersonRecord) record = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = g_build_filename (fixture->dir, "record.json", NULL);
  g_autofree char *json = NULL;
  g_autofree char *readable = NULL;
  JsonObject *root, *participant, *enrolment, *note;
  JsonArray *history;
  struct stat st;
  gboolean created_participant = FALSE;

  record = corro_person_record_load (fixture->store, fixture->lucia, &error);
  g_assert_no_error (error);

  /* Written whole, readable by its owner only, even over a file anyone could read. */
  g_assert_true (g_file_set_contents_full (path, "old", -1, G_FILE_SET_CONTENTS_NONE, 0644,
                                           &error));
  file = g_file_new_for_path (path);
  g_assert_true (corro_person_record_write_json (record, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &json, NULL, &error));
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);

  /* Every text held in her rows, table by table. */
  assert_rows_in (fixture, "SELECT * FROM participant WHERE id = ?1", json);
  assert_rows_in (fixture, "SELECT * FROM enrolment WHERE participant_id = ?1", json);
  assert_rows_in (fixture, "SELECT c.* FROM contact c JOIN enrolment e "
                           "ON e.id = c.enrolment_id WHERE e.participant_id = ?1", json);
  assert_rows_in (fixture, "SELECT * FROM attendance WHERE participant_id = ?1", json);
  assert_rows_in (fixture, "SELECT * FROM reflection WHERE participant_id = ?1", json);
  assert_rows_in (fixture, "SELECT a.* FROM addendum a JOIN reflection r "
                           "ON r.id = a.reflection_id WHERE r.participant_id = ?1", json);

  /* … in the documented shape. */
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "corro-person-record");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  participant = json_object_get_object_member (root, "participant");
  g_assert_cmpint (json_object_get_int_member (participant, "id"), ==, fixture->lucia);
  g_assert_cmpstr (json_object_get_string_member (participant, "name"), ==, "Lucía Zarzamora");
  g_assert_cmpstr (json_object_get_string_member (participant, "relationship"), ==, "mother");
  g_assert_cmpint (json_object_get_int_member (participant, "child_age_months"), ==, 14);
  g_assert_cmpstr (json_object_get_string_member (participant, "phone"), ==,
                   "+52 55 0199 7331");
  g_assert_cmpstr (json_object_get_string_member (participant, "email"), ==,
                   "lucia.zarzamora@example.org");
  g_assert_cmpstr (json_object_get_string_member (participant, "consent_date"), ==,
                   "2025-02-20");
  g_assert_cmpstr (json_object_get_string_member (participant, "consent_scope"), ==,
                   "consentxylo");

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "enrolments")),
                    ==, 2);
  enrolment = array_object (root, "enrolments", 0);
  g_assert_cmpstr (json_object_get_string_member (enrolment, "group_name"), ==, "Grupo 2019");
  g_assert_cmpstr (json_object_get_string_member (enrolment, "status"), ==, "withdrawn");
  g_assert_cmpstr (json_object_get_string_member (enrolment, "status_reason"), ==,
                   "retirohamaca");
  g_assert_cmpstr (json_object_get_string_member (enrolment, "group_last_session"), ==,
                   "2019-02-26");
  enrolment = array_object (root, "enrolments", 1);
  g_assert_cmpstr (json_object_get_string_member (enrolment, "referral_source"), ==,
                   "Ximbra clinic");
  g_assert_cmpstr (json_object_get_string_member (enrolment, "group_first_session"), ==,
                   "2025-03-04");
  g_assert_cmpstr (json_object_get_string_member (array_object (enrolment, "contacts", 0),
                                                  "method"), ==, "phone");

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "attendance")),
                    ==, 3);
  g_assert_cmpstr (json_object_get_string_member (array_object (root, "attendance", 1), "mark"),
                   ==, "late");
  g_assert_cmpint (json_object_get_int_member (array_object (root, "attendance", 2), "chapter"),
                   ==, 3);

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "notes")), ==, 2);
  note = array_object (root, "notes", 0);
  g_assert_cmpstr (json_object_get_string_member (note, "text"), ==,
                   "zafiroborrador orquidealuz 4");
  g_assert_nonnull (json_object_get_string_member (note, "finalised_at"));
  g_assert_cmpstr (json_object_get_string_member (array_object (note, "addenda", 0), "text"),
                   ==, "ambarinaaddendum");
  g_assert_true (json_object_get_null_member (array_object (root, "notes", 1),
                                              "finalised_at"));

  history = json_object_get_array_member (root, "history");
  for (guint i = 0; i < json_array_get_length (history); i++)
    {
      JsonObject *entry = json_array_get_object_element (history, i);

      if (g_str_equal (json_object_get_string_member (entry, "entity"), "participant") &&
          g_str_equal (json_object_get_string_member (entry, "action"), "create"))
        created_participant = TRUE;
      g_assert_cmpstr (json_object_get_string_member (entry, "entity"), !=, "setting");
    }
  g_assert_true (created_participant);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root,
                                                                               "not_included"),
                                               "session_notes"), ==, 1);

  /* Nothing about anyone else, and no supervision note or session note. */
  assert_no_words ("her export", json, strlen (json), tom_words, G_N_ELEMENTS (tom_words));
  assert_no_words ("her export", json, strlen (json), supervision_words,
                   G_N_ELEMENTS (supervision_words));
  g_assert_null (strstr (json, "tiburón"));

  /* The readable record, for the PDF: the same facts, in sections. */
  readable = corro_test_dup_record_text (record);
  g_assert_cmpstr (corro_person_record_get_section (record, 0)->heading, ==, "Details");
  assert_all_words ("the readable record", readable, strlen (readable), lucia_words + 2,
                    G_N_ELEMENTS (lucia_words) - 2 - 1);
  assert_no_words ("the readable record", readable, strlen (readable), tom_words,
                   G_N_ELEMENTS (tom_words));
  assert_no_words ("the readable record", readable, strlen (readable), supervision_words,
                   G_N_ELEMENTS (supervision_words));
  g_assert_nonnull (strstr (readable, "Caught up") == NULL ? "Late" : NULL);
  g_assert_nonnull (strstr (readable, "Withdrawn"));

  /* The PDF for her to read: her name, her notes and their addenda, nothing of anyone
   * else's, readable by her facilitator's account only, even over an old readable file. */
  {
    g_autofree char *pdf_path = g_build_filename (fixture->dir, "record.pdf", NULL);
    g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
    const char *argv[] = { "pdftotext", "-layout", pdf_path, "-", NULL };
    g_autofree char *text = NULL;
    int status;

    g_assert_true (g_file_set_contents_full (pdf_path, "old", -1, G_FILE_SET_CONTENTS_NONE,
                                             0644, &error));
    g_assert_true (corro_person_record_write_pdf (record, pdf, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (stat (pdf_path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL,
                  &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (text, "Lucía Zarzamora"));
    g_assert_nonnull (strstr (text, "orquidealuz"));
    g_assert_nonnull (strstr (text, "ambarinaaddendum"));
    g_assert_nonnull (strstr (text, "Page 1 of"));
    assert_no_words ("her PDF", text, strlen (text), tom_words, G_N_ELEMENTS (tom_words));
    assert_no_words ("her PDF", text, strlen (text), supervision_words,
                     G_N_ELEMENTS (supervision_words));
  }
}

static void
test_export_erased (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorroPersonRecord) record = NULL;

  g_assert_true (corro_store_erase_participant (fixture->store, fixture->lucia, NULL, NULL,
                                                &error));
  record = corro_person_record_load (fixture->store, fixture->lucia, &error);
  g_assert_null (record);
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_NOT_FOUND);
}

static void
test_retention (Fixture       *fixture,
                gconstpointer  data)
{
  CorroStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) expired = NULL;
  gint64 old = corro_test_create_group (store, "Old", "2015-01-06");          /* ends 2015-02-24 */
  gint64 older = corro_test_create_group (store, "Later", "2017-11-07");      /* ends 2017-12-26 */
  gint64 edge = corro_test_create_group (store, "Edge", "2017-11-13");        /* ends 2018-01-01 */
  gint64 recent = corro_test_create_group (store, "Recent", "2024-01-02");
  gint64 undated = corro_test_create_group (store, "Undated", NULL);
  gint64 a = add_participant (store, "Ana", "", "", "");
  gint64 b = add_participant (store, "Beto", "", "", "");
  gint64 c = add_participant (store, "Carla", "", "", "");
  gint64 d = add_participant (store, "Dora", "", "", "");
  gint64 e = add_participant (store, "Eva", "", "", "");
  gint64 f = add_participant (store, "Fer", "", "", "");
  gint64 g = add_participant (store, "Gus", "", "", "");
  CorroStoreExpired *row;

  enrol (store, old, a, "");
  enrol (store, old, b, "");
  enrol (store, recent, b, "");
  enrol (store, older, c, "");
  enrol (store, old, c, "");
  enrol (store, edge, d, "");
  enrol (store, undated, e, "");
  enrol (store, old, g, "");
  enrol (store, undated, g, "");
  /* f is in no group. */

  /* Before 2018-01-01: Fer (no group) first, then by the end of their last group. */
  expired = corro_store_list_expired (store, "2018-01-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expired->len, ==, 3);
  row = g_ptr_array_index (expired, 0);
  g_assert_cmpint (row->participant_id, ==, f);
  g_assert_null (row->last_session);
  g_assert_cmpuint (row->n_groups, ==, 0);
  row = g_ptr_array_index (expired, 1);
  g_assert_cmpint (row->participant_id, ==, a);
  g_assert_cmpstr (row->last_session, ==, "2015-02-24");
  row = g_ptr_array_index (expired, 2);
  g_assert_cmpint (row->participant_id, ==, c);
  g_assert_cmpstr (row->name, ==, "Carla");
  g_assert_cmpstr (row->last_session, ==, "2017-12-26");
  g_assert_cmpuint (row->n_groups, ==, 2);
  g_clear_pointer (&expired, g_ptr_array_unref);

  /* A day later the edge group's end is past too; Lucía's 2019 group never is alone. */
  expired = corro_store_list_expired (store, "2018-01-02", &error);
  g_assert_cmpuint (expired->len, ==, 4);
  g_assert_cmpint (((CorroStoreExpired *) g_ptr_array_index (expired, 3))->participant_id, ==,
                   d);
  g_clear_pointer (&expired, g_ptr_array_unref);
  expired = corro_store_list_expired (store, "2030-01-01", &error);
  for (guint i = 0; i < expired->len; i++)
    {
      row = g_ptr_array_index (expired, i);
      g_assert_cmpint (row->participant_id, !=, e);
      g_assert_cmpint (row->participant_id, !=, g);
    }
  g_assert_cmpuint (expired->len, ==, 7);   /* a b c d f, Lucía and Tom; not e, g */
  g_clear_pointer (&expired, g_ptr_array_unref);

  g_assert_null (corro_store_list_expired (store, "2018-13-45", &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID);
  g_clear_error (&error);

  /* The period: 8 years unless the team says otherwise, from 1 to 30. */
  g_assert_cmpuint (corro_store_get_retention_years (store), ==, 8);
  g_assert_true (corro_store_set_retention_years (store, 20, &error));
  g_assert_cmpuint (corro_store_get_retention_years (store), ==, 20);
  g_assert_false (corro_store_set_retention_years (store, 0, &error));
  g_assert_error (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (corro_store_set_retention_years (store, 31, &error));
  g_clear_error (&error);
  g_assert_cmpuint (corro_store_get_retention_years (store), ==, 20);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM audit WHERE entity = 'setting' "
                                       "AND detail = 'retention-years'"), ==, 1);
}

/* After an erasure her name is taken out of the other notes that name her: a finalised
 * session note and its addendum, a draft about someone else, a half-typed addendum. No
 * table (full-text index included) and no byte of the file keeps it, and the finalised
 * note says, dated, that text was removed, without the words. */
static void
test_redact_after_erase (Fixture       *fixture,
                         gconstpointer  data)
{
  static const char * const her_name[] = { "Zarzamora", "zarzamora", "ZARZAMORA" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) addenda = NULL;
  g_autoptr(CorroStoreReflection) redacted = NULL;
  g_autofree char *text = NULL;
  g_autofree char *file = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *wal_path = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *draft = NULL;
  gint64 ids[3];
  guint n_removed = 0;
  gsize file_size, wal_size;

  ids[0] = corro_test_add_note (fixture->store, CORRO_REFLECTION_SESSION,
                                fixture->session_ids[2], 0,
                                "Lucía Zarzamora habló de su hijo; Tom escuchó.");
  g_assert_true (corro_store_finalise_reflection_by (fixture->store, ids[0], "Ana Facilitadora",
                                                     &error));
  g_assert_cmpint (corro_store_add_addendum (fixture->store, ids[0],
                                             "Corrección: lucía zarzamora llegó tarde.",
                                             &error), >, 0);
  /* Without accents, two spaces: the name is found as the search finds it. */
  ids[1] = corro_test_add_note (fixture->store, CORRO_REFLECTION_PARTICIPANT,
                                fixture->session_ids[2], fixture->tom,
                                "Tom y LUCIA  ZARZAMORA se apoyan.");
  ids[2] = corro_test_add_note (fixture->store, CORRO_REFLECTION_PARTICIPANT,
                                fixture->session_ids[3], fixture->tom,
                                "Tom, sin nombres ajenos.");
  g_assert_true (corro_store_finalise_reflection (fixture->store, ids[2], &error));
  g_assert_true (corro_store_save_addendum_draft (fixture->store, ids[2],
                                                  "a medias: Lucía Zarzamora", &error));
  g_assert_no_error (error);

  g_assert_true (corro_store_erase_participant (fixture->store, fixture->lucia, "test", NULL,
                                                &error));
  g_assert_no_error (error);
  rows = dump_tables (fixture);
  text = join_rows (g_ptr_array_ref (rows));
  g_assert_true (bytes_contain (text, strlen (text), "Zarzamora"));   /* still in others */
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_clear_pointer (&text, g_free);

  g_assert_true (corro_store_redact_name (fixture->store, ids, G_N_ELEMENTS (ids),
                                          "Lucía Zarzamora", "[removed]",
                                          "Text naming a person was removed.", &n_removed,
                                          &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_removed, ==, 4);

  rows = dump_tables (fixture);
  text = join_rows (g_ptr_array_ref (rows));
  assert_no_words ("the tables", text, strlen (text), her_name, G_N_ELEMENTS (her_name));
  file = read_file_or_empty (fixture->path, &file_size);
  wal = read_file_or_empty (wal_path, &wal_size);
  assert_no_words ("the database file", file, file_size, her_name, G_N_ELEMENTS (her_name));
  assert_no_words ("the write-ahead log", wal, wal_size, her_name, G_N_ELEMENTS (her_name));

  /* The search finds her no more; the notes keep everything else, and who finalised. */
  {
    g_autoptr(GPtrArray) matches = corro_store_search_reflections (fixture->store, "zarzamora",
                                                                   CORRO_NOTE_SCOPE_RECORDS,
                                                                   10, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (matches->len, ==, 0);
  }
  redacted = corro_store_get_reflection (fixture->store, ids[0], &error);
  g_assert_cmpstr (redacted->text, ==, "[removed] habló de su hijo; Tom escuchó.");
  g_assert_cmpstr (redacted->finalised_by, ==, "Ana Facilitadora");
  addenda = corro_store_list_addenda (fixture->store, ids[0], &error);
  g_assert_cmpuint (addenda->len, ==, 2);
  g_assert_cmpstr (((CorroStoreAddendum *) g_ptr_array_index (addenda, 0))->text, ==,
                   "Corrección: [removed] llegó tarde.");
  g_assert_cmpstr (((CorroStoreAddendum *) g_ptr_array_index (addenda, 1))->text, ==,
                   "Text naming a person was removed.");
  draft = corro_store_dup_addendum_draft (fixture->store, ids[2], &error);
  g_assert_cmpstr (draft, ==, "a medias: [removed]");

  /* A finalised note still changes only by addendum. */
  g_assert_false (corro_store_save_reflection_text (fixture->store, ids[0], "otro", &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  corro_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/rights/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("erase-leaves-no-trace", test_erase_leaves_no_trace);
  ADD ("erase-audit", test_erase_audit);
  ADD ("export-everything", test_export_everything);
  ADD ("export-erased", test_export_erased);
  ADD ("retention", test_retention);
  ADD ("redact-after-erase", test_redact_after_erase);

#undef ADD

  return g_test_run ();
}
