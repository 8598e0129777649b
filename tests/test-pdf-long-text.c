/* test-pdf-long-text.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Long unbroken text in report PDFs, read back with poppler (pdftotext, pdfinfo): a
 * 10,000-character name and a 20,000-character word in a register; a word, a pasted link
 * and a column of line breaks in a table's cells. What must stay on one page (a name in a
 * cell, a title, a key/value line) is cut with "…"; a note wraps in the middle of its word
 * and comes back whole, over the pages it needs. How long it takes is bench/reports.c's.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "corro-report.h"
#include "corro-store-records.h"
#include "corro-test-util.h"

#define NAME_CHARS 10000
#define WORD_CHARS 20000

typedef struct
{
  char       *dir;
  CorroStore *store;
} Fixture;

/* helpers */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = corro_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "corro.db", NULL);
  fixture->store = corro_store_open (path, &error);
  g_assert_no_error (error);
  corro_test_put_programme (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  corro_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* @unit repeated to @n_chars characters, the last of them @last (not in @unit): where
 * the text ends. */
static char *
repeat_text (const char *unit,
             guint       n_chars,
             const char *last)
{
  GString *text = g_string_new (NULL);
  const char *c = unit;

  for (glong i = g_utf8_strlen (last, -1); i < (glong) n_chars; i++)
    {
      g_string_append_unichar (text, g_utf8_get_char (c));
      c = g_utf8_next_char (c);
      if (*c == '\0')
        c = unit;
    }
  g_string_append (text, last);
  return g_string_free (text, FALSE);
}

/* The text of @path's page @page (from 1), or of every page when 0. */
static char *
pdftotext (const char *path,
           gboolean    layout,
           guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", layout ? "-layout" : "-raw", "-f", number, "-l", number,
                         path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (page == 0)
    memmove (&argv[2], &argv[6], 3 * sizeof (char *));
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *line;
  guint n_pages = 0;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  line = strstr (out, "Pages:");
  g_assert_nonnull (line);
  g_assert_cmpint (sscanf (line, "Pages: %u", &n_pages), ==, 1);
  return n_pages;
}

/* The lines of @text made of lowercase ASCII letters only, joined: a long word of such
 * letters read back from a PDF, whatever the lines it was wrapped on. */
static char *
join_letter_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *joined = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);
      gboolean letters = line[0] != '\0';

      for (const char *c = line; *c != '\0'; c++)
        letters = letters && g_ascii_islower (*c);
      if (letters)
        g_string_append (joined, line);
    }
  return g_string_free (joined, FALSE);
}

static char *
save_pdf (Fixture          *fixture,
          CorroPdfDocument *document,
          const char       *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (corro_pdf_document_save (document, file, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

/* tests */

/* A register whose group and participant have 10,000-character names and whose session
 * note is one 20,000-character word. */
static void
test_register (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *name = repeat_text ("Begoña", NAME_CHARS, "ZEND");
  g_autofree char *word = repeat_text ("abcdefghijklmnopqrstuvwxyz", WORD_CHARS, "zzend");
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(CorroReport) report = NULL;
  g_autoptr(CorroPdfDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *joined = NULL;
  const char *start = "BegoñaBegoñaBegoña";
  CorroReportOptions options = { CORRO_REPORT_REGISTER, 0, NULL, NULL, TRUE, "Equipo" };
  gint64 group, person, note, session;
  guint n_pages;

  group = corro_test_create_group (fixture->store, name, "2026-03-03");
  person = corro_test_add_person (fixture->store, name, "", "");
  corro_test_enrol (fixture->store, group, person, CORRO_ENROLMENT_ENROLLED);
  sessions = corro_store_list_sessions (fixture->store, group, &error);
  g_assert_no_error (error);
  session = ((CorroStoreSession *) g_ptr_array_index (sessions, 0))->id;
  g_assert_true (corro_store_set_attendance (fixture->store, session, person,
                                             CORRO_ATTENDANCE_PRESENT, &error));
  note = corro_test_add_note (fixture->store, CORRO_REFLECTION_SESSION, session, 0, word);
  g_assert_true (corro_store_finalise_reflection (fixture->store, note, &error));

  options.group_id = group;
  report = corro_report_compute (fixture->store, &options, NULL, &error);
  g_assert_no_error (error);
  document = corro_report_to_pdf_document (report);
  path = save_pdf (fixture, document, "register.pdf");
  text = pdftotext (path, TRUE, 0);
  raw = pdftotext (path, FALSE, 0);

  /* The names are cut, and say so; their ends never reach the page. */
  g_assert_nonnull (strstr (text, start));
  g_assert_nonnull (strstr (text, "…"));
  g_assert_null (strstr (text, "ZEND"));
  /* The note is wrapped, not cut: every letter of it is there, in order. */
  joined = join_letter_lines (raw);
  g_assert_nonnull (strstr (joined, word));
  /* 20,000 letters take three to four pages of lines; the register itself the first. */
  n_pages = pdf_pages (path);
  g_assert_cmpuint (n_pages, ==, corro_pdf_document_paginate (document));
  g_assert_cmpuint (n_pages, >=, 4);
  g_assert_cmpuint (n_pages, <=, 6);
  {
    g_autofree char *last = g_strdup_printf (_("Page %u of %u"), n_pages, n_pages);

    g_assert_nonnull (strstr (text, last));
  }
}

/* Cells and key/value lines that would not fit on a page: each cut with "…", and the
 * table stays on its one page. */
static void
test_cells (Fixture       *fixture,
            gconstpointer  data)
{
  static const CorroPdfColumn columns[] = {
    { "Participant", 3, CORRO_PDF_ALIGN_START },
    { "Referred by", 2, CORRO_PDF_ALIGN_START },
    { "Sessions", 1, CORRO_PDF_ALIGN_END },
  };
  g_autofree char *word = repeat_text ("abcdefghijklmnopqrstuvwxyz", WORD_CHARS, "zzend");
  g_autofree char *link = repeat_text ("https://example.org/referral?id=0123456789&x=",
                                       4000, "/LINKEND");
  g_autofree char *breaks = repeat_text ("line\n", 5000, "BREAKEND");
  const char *row[] = { word, link, "8", NULL };
  const char *tall[] = { breaks, "", "1", NULL };
  g_autoptr(CorroPdfDocument) document = corro_pdf_document_new ();
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *last_page = NULL;
  guint n_pages, n_lines = 0, n_marks = 0;
  const char *mark;

  corro_pdf_document_set_footer (document, "Equipo");
  corro_pdf_document_add_title (document, "Register", link);
  corro_pdf_document_add_key_value (document, "Referral", link);
  corro_pdf_document_add_table (document, columns, G_N_ELEMENTS (columns));
  corro_pdf_document_add_row (document, row, FALSE);
  corro_pdf_document_add_row (document, tall, FALSE);
  path = save_pdf (fixture, document, "cells.pdf");
  text = pdftotext (path, TRUE, 0);
  n_pages = pdf_pages (path);

  g_assert_nonnull (strstr (text, "https://example.org/referral"));
  g_assert_null (strstr (text, "zzend"));
  g_assert_null (strstr (text, "LINKEND"));
  g_assert_null (strstr (text, "BREAKEND"));
  g_assert_nonnull (strstr (text, "abcdefghij"));
  /* A row is never split: the twelve lines kept of the last cell are on the last page,
   * the table's header above them. */
  g_assert_cmpuint (n_pages, <=, 2);
  last_page = pdftotext (path, TRUE, n_pages);
  g_assert_nonnull (strstr (last_page, "Participant"));
  g_assert_nonnull (strstr (last_page, "line…"));
  for (mark = strstr (last_page, "line"); mark != NULL; mark = strstr (mark + 1, "line"))
    n_lines++;
  g_assert_cmpuint (n_lines, ==, 12);
  /* The subtitle, the value and three cells: five cuts, five marks. */
  for (mark = strstr (text, "…"); mark != NULL; mark = strstr (mark + 1, "…"))
    n_marks++;
  g_assert_cmpuint (n_marks, ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CORRO_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  corro_test_init (&argc, &argv);

  g_test_add ("/pdf-long-text/register", Fixture, NULL, fixture_set_up, test_register,
              fixture_tear_down);
  g_test_add ("/pdf-long-text/cells", Fixture, NULL, fixture_set_up, test_cells,
              fixture_tear_down);

  return g_test_run ();
}
