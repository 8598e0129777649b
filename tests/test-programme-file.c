/* test-programme-file.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Programme files: the writer, the validating reader, every problem it reports and
 * where, and what truncated and mangled files do to it.
 */

#include "config.h"

#include <string.h>

#include "corro-chapter.h"
#include "corro-pause-point.h"
#include "corro-programme.h"
#include "corro-programme-format.h"
#include "corro-programme-reader.h"
#include "corro-segment.h"
#include "corro-test-util.h"

/* Where a broken file's problem is expected; removed before the file is read. */
#define MARK "@@"

/* The start of every small file, and the members after it. */
#define HEAD  "{\n  \"format\" : \"corro-programme\",\n  \"version\" : 1,\n"
#define ID    "  \"id\" : \"test\",\n"
#define TITLE "  \"title\" : {\n    \"en\" : \"Test programme\",\n" \
              "    \"es\" : \"Programa de prueba\"\n  },\n"

/* helpers */

static CorroSegment *
make_segment (CorroSegmentKind  kind,
              const char       *title_en,
              const char       *title_es,
              guint             group,
              guint             shorter)
{
  CorroSegment *segment = corro_segment_new (kind);

  corro_segment_set_title (segment, "en", title_en);
  corro_segment_set_title (segment, "es", title_es);
  corro_segment_set_minutes (segment, "group", group);
  corro_segment_set_minutes (segment, "short", shorter);

  return segment;
}

static CorroPausePoint *
make_pause_point (gint64      at_ms,
                  const char *prompt_en,
                  const char *prompt_es)
{
  CorroPausePoint *pause_point = corro_pause_point_new (at_ms);

  corro_pause_point_set_prompt (pause_point, "en", prompt_en);
  corro_pause_point_set_prompt (pause_point, "es", prompt_es);

  return pause_point;
}

/* Two session lengths, two clips, two chapters: a welcome, a clip from 1:00 to 8:00
 * with pause points at 2:00 and 5:00, and a discussion. */
static CorroProgramme *
make_small_programme (void)
{
  CorroProgramme *programme = corro_programme_new ("test");
  g_autoptr(CorroChapter) one = corro_chapter_new (1, "Welcome", "Bienvenida");
  g_autoptr(CorroChapter) two = corro_chapter_new (2, "Needs", "Necesidades");
  g_autoptr(CorroSegment) welcome = make_segment (CORRO_SEGMENT_WELCOME, "Hello", "Hola", 30, 20);
  g_autoptr(CorroSegment) clip = make_segment (CORRO_SEGMENT_CLIP, "Watch", "Mirar", 90, 70);
  g_autoptr(CorroSegment) talk = make_segment (CORRO_SEGMENT_DISCUSSION, "Talk", "Hablar", 120, 90);
  g_autoptr(CorroPausePoint) first = make_pause_point (2 * 60000, "Why?", "¿Por qué?");
  g_autoptr(CorroPausePoint) second = make_pause_point (5 * 60000, "How?", "¿Cómo?");

  corro_programme_set_title (programme, "en", "Test programme");
  corro_programme_set_title (programme, "es", "Programa de prueba");
  corro_programme_add_variant (programme, "group", 120, "Group", "Grupo");
  corro_programme_add_variant (programme, "short", 90, "Short", "Corta");
  corro_programme_add_clip (programme, "c1", 8 * 60000 + 30000, "Clip one", "Clip uno");
  corro_programme_add_clip (programme, "c2", 5 * 60000, "Clip two", "Clip dos");

  corro_segment_set_notes (welcome, "en", "Notes");
  corro_segment_set_notes (welcome, "es", "Notas");
  corro_segment_set_prompt (welcome, "en", "Ask");
  corro_segment_set_prompt (welcome, "es", "Pregunta");
  corro_segment_set_clip_key (clip, "c1");
  corro_segment_set_clip_in (clip, 60000);
  corro_segment_set_clip_out (clip, 8 * 60000);
  corro_segment_add_pause_point (clip, first);
  corro_segment_add_pause_point (clip, second);

  corro_chapter_insert_segment (one, 0, welcome);
  corro_chapter_insert_segment (one, 1, clip);
  corro_chapter_insert_segment (two, 0, talk);
  corro_programme_add_chapter (programme, one);
  corro_programme_add_chapter (programme, two);

  return programme;
}

static char *
dup_small_text (void)
{
  g_autoptr(CorroProgramme) programme = make_small_programme ();

  return corro_programme_format_to_string (programme);
}

static CorroProgramme *
load_text (const char  *text,
           gsize        length,
           GPtrArray  **problems,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);

  return corro_programme_reader_load_bytes (bytes, "plan.json", problems, error);
}

/* Replaces the first @needle after @anchor (or after the start) with @replacement. */
static char *
edit (const char *text,
      const char *anchor,
      const char *needle,
      const char *replacement)
{
  const char *from = anchor != NULL ? strstr (text, anchor) : text;
  const char *found;

  g_assert_nonnull (from);
  found = strstr (from, needle);
  g_assert_nonnull (found);

  return g_strdup_printf ("%.*s%s%s", (int) (found - text), text, replacement,
                          found + strlen (needle));
}

/* Removes MARK from @text, returning where it was, the column in characters. */
static void
take_mark (char  *text,
           guint *line,
           guint *column)
{
  char *mark = strstr (text, MARK);

  g_assert_nonnull (mark);
  *line = 1;
  *column = 1;
  for (const char *p = text; p < mark; p = g_utf8_next_char (p))
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else
        {
          (*column)++;
        }
    }

  memmove (mark, mark + strlen (MARK), strlen (mark + strlen (MARK)) + 1);
  g_assert_null (strstr (text, MARK));
}

static void
assert_one_problem (const char           *text,
                    guint                 line,
                    guint                 column,
                    CorroProblemSeverity  severity,
                    const char           *message)
{
  g_autoptr(CorroProgramme) programme = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  CorroProgrammeProblem *problem;

  programme = load_text (text, strlen (text), &problems, &error);
  for (guint i = 0; i < problems->len; i++)
    {
      CorroProgrammeProblem *each = g_ptr_array_index (problems, i);
      g_autofree char *printed = corro_programme_problem_to_string (each);

      g_test_message ("%s", printed);
    }

  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpstr (problem->file_name, ==, "plan.json");
  g_assert_cmpuint (problem->line, ==, line);
  g_assert_cmpuint (problem->column, ==, column);
  g_assert_cmpint (problem->severity, ==, severity);
  g_assert_nonnull (strstr (problem->message, message));

  if (severity == CORRO_PROBLEM_ERROR)
    {
      g_assert_null (programme);
      g_assert_error (error, CORRO_PROGRAMME_READER_ERROR, CORRO_PROGRAMME_READER_ERROR_INVALID);
    }
  else
    {
      g_assert_no_error (error);
      g_assert_nonnull (programme);
    }
}

/* one case per problem: a small edit of the small programme's file */

typedef struct
{
  const char           *path;
  const char           *anchor;
  const char           *needle;
  const char           *replacement;
  CorroProblemSeverity  severity;
  const char           *message;
} ProblemCase;

#define E CORRO_PROBLEM_ERROR
#define W CORRO_PROBLEM_WARNING
#define CLIP_C2 "{\n      \"key\" : \"c2\",\n      \"title\" : {\n" \
                "        \"en\" : \"Clip two\",\n" \
                "        \"es\" : \"Clip dos\"\n      },\n      \"duration\" : \"5:00.000\"\n    }"
#define TALK_MINUTES "\"minutes\" : {\n            \"group\" : 120,\n            \"short\" : 90\n" \
                     "          }"

static const ProblemCase problem_cases[] = {
  { "format-missing", NULL, HEAD, MARK "{\n  \"version\" : 1,\n", E, "“format” is missing" },
  { "format-wrong", NULL, "\"corro-programme\"", MARK "\"corro-plan\"", E,
    "“format” should be “corro-programme”" },
  { "version-not-number", NULL, "\"version\" : 1", "\"version\" : " MARK "\"1\"", E,
    "“version” should be a whole number from 1 to 1" },
  { "id-missing", NULL, HEAD ID, MARK HEAD, E, "“id” is missing" },
  { "id-empty", NULL, "\"id\" : \"test\"", "\"id\" : " MARK "\"\"", E, "“id” should not be empty" },
  { "title-missing", NULL, HEAD ID TITLE, MARK HEAD ID, E, "“title” is missing" },
  { "title-empty", NULL, TITLE,
    "  \"title\" : " MARK "{\n    \"en\" : \"\",\n    \"es\" : \"\"\n  },\n", E,
    "“title” is empty in both languages" },
  { "title-no-spanish", NULL, "\"es\" : \"Programa de prueba\"", "\"es\" : " MARK "\"\"", W,
    "“title” has no Spanish text" },
  { "chapter-title-no-english", "\"number\" : 2", "\"title\" : {\n        \"en\" : \"Needs\",\n",
    "\"title\" : " MARK "{\n", W, "“title” has no English text" },
  { "segment-title-empty", "\"kind\" : \"discussion\"",
    "{\n            \"en\" : \"Talk\",\n            \"es\" : \"Hablar\"",
    MARK "{\n            \"en\" : \"\",\n            \"es\" : \"\"", W,
    "“title” is empty in both languages" },
  { "notes-no-english", NULL, "\"en\" : \"Notes\"", "\"en\" : " MARK "\"\"", W,
    "“notes” has no English text" },
  { "prompt-no-spanish", NULL, "\"es\" : \"Pregunta\"", "\"es\" : " MARK "\"\"", W,
    "“prompt” has no Spanish text" },
  { "pause-prompt-no-spanish", NULL, "\"es\" : \"¿Cómo?\"", "\"es\" : " MARK "\"\"", W,
    "“prompt” has no Spanish text" },
  { "text-not-object", "\"kind\" : \"discussion\"",
    "{\n            \"en\" : \"Talk\",\n            \"es\" : \"Hablar\"\n          }",
    MARK "\"Talk\"", E, "“title” should give the text in English and Spanish" },
  { "text-not-string", NULL, "\"en\" : \"Hello\"", "\"en\" : " MARK "5", E,
    "“en” should be text in quotes" },
  { "text-unknown-language", NULL, "\"es\" : \"Hola\"",
    "\"es\" : \"Hola\",\n            " MARK "\"fr\" : \"Bonjour\"", W,
    "Corro does not know “fr” here" },
  { "number-not-number", NULL, "\"number\" : 2", "\"number\" : " MARK "\"2\"", E,
    "“number” should be a whole number from 1 to 99" },
  { "chapter-zero", NULL, "\"number\" : 2", "\"number\" : " MARK "0", E,
    "“number” should be a whole number from 1 to 99" },
  { "chapter-twice", NULL, "\"number\" : 2", "\"number\" : " MARK "1", E,
    "There is already a chapter 1" },
  { "clip-not-object", NULL, CLIP_C2, MARK "\"c2\"", E,
    "Each entry in “clips” should be a group of fields" },
  { "pause-points-not-list", NULL, TALK_MINUTES,
    TALK_MINUTES ",\n          \"pause_points\" : " MARK "{}", E,
    "“pause_points” should be a list in square brackets" },
  { "segment-clip-not-object", NULL,
    "{\n            \"key\" : \"c1\",\n            \"in\" : \"1:00.000\",\n"
    "            \"out\" : \"8:00.000\"\n          }", MARK "\"c1\"", E,
    "“clip” should be a group of fields" },
  { "kind-unknown", NULL, "\"kind\" : \"discussion\"", "\"kind\" : " MARK "\"dance\"", E,
    "“dance” is not a kind of segment Corro knows. Use one of: welcome, clip, discussion, "
    "activity, handout, break, closing." },
  { "kind-missing", NULL, "{\n          \"kind\" : \"discussion\",\n", MARK "{\n", E,
    "“kind” is missing" },
  { "minutes-negative", "\"kind\" : \"discussion\"", "\"group\" : 120", "\"group\" : " MARK "-5", E,
    "The minutes for “group” should be a whole number from 0 to 600" },
  { "minutes-absurd", "\"kind\" : \"discussion\"", "\"group\" : 120", "\"group\" : " MARK "601", E,
    "The minutes for “group” should be a whole number from 0 to 600" },
  { "minutes-fraction", NULL, "\"group\" : 30", "\"group\" : " MARK "30.5", E,
    "The minutes for “group” should be a whole number" },
  { "minutes-undeclared", NULL, "\"group\" : 30,",
    MARK "\"long\" : 10,\n            \"group\" : 30,", E,
    "“long” is not one of the session lengths listed in “variants”" },
  { "variant-minutes-zero", "\"id\" : \"short\"", "\"minutes\" : 90", "\"minutes\" : " MARK "0", E,
    "“minutes” should be a whole number from 1 to 600" },
  { "variant-minutes-absurd", "\"id\" : \"short\"", "\"minutes\" : 90",
    "\"minutes\" : " MARK "6000", E, "“minutes” should be a whole number from 1 to 600" },
  { "variant-twice", NULL, "    }\n  ],\n  \"clips\"",
    "    },\n    {\n      \"id\" : " MARK "\"group\",\n      \"minutes\" : 60,\n"
    "      \"title\" : { \"en\" : \"Hour\", \"es\" : \"Hora\" }\n    }\n  ],\n  \"clips\"", E,
    "The session length “group” is listed twice in “variants”" },
  { "clip-twice", NULL, "    }\n  ],\n  \"chapters\"",
    "    },\n    {\n      \"key\" : " MARK "\"c1\",\n"
    "      \"title\" : { \"en\" : \"Again\", \"es\" : \"Otra vez\" },\n"
    "      \"duration\" : \"1:00.000\"\n    }\n  ],\n  \"chapters\"", E,
    "The clip “c1” is listed twice in “clips”" },
  { "clip-key-path", NULL, "\"key\" : \"c2\"", "\"key\" : " MARK "\"/home/ana/Vídeos/c2.mp4\"", W,
    "looks like the location of a file" },
  { "duration-zero", NULL, "\"duration\" : \"5:00.000\"", "\"duration\" : " MARK "\"0:00.000\"", E,
    "A clip should last more than 0:00.000 and at most 10:00:00.000" },
  { "duration-absurd", NULL, "\"duration\" : \"5:00.000\"",
    "\"duration\" : " MARK "\"11:00:00.000\"", E,
    "A clip should last more than 0:00.000 and at most 10:00:00.000" },
  { "time-malformed", NULL, "\"in\" : \"1:00.000\"", "\"in\" : " MARK "\"1:75.000\"", E,
    "“in” should be a time such as “1:30.000”" },
  { "time-not-text", NULL, "\"at\" : \"2:00.000\"", "\"at\" : " MARK "120", E,
    "“at” should be a time such as “1:30.000”" },
  { "clip-unknown", NULL, "\"key\" : \"c1\",\n            \"in\"",
    "\"key\" : " MARK "\"c9\",\n            \"in\"", E, "The clip “c9” is not listed in “clips”" },
  { "clip-missing", NULL, "{\n          \"kind\" : \"discussion\"",
    MARK "{\n          \"kind\" : \"clip\"", E, "A clip segment needs a “clip”" },
  { "clip-ends-before-start", NULL, "\"out\" : \"8:00.000\"", "\"out\" : " MARK "\"0:30.000\"", E,
    "The clip’s stretch should end after it starts, but it runs from 1:00.000 to 0:30.000." },
  { "clip-ends-after-clip", NULL, "\"out\" : \"8:00.000\"", "\"out\" : " MARK "\"9:00.000\"", E,
    "The clip’s stretch ends at 9:00.000, after the clip itself ends (8:30.000)." },
  { "pause-outside", NULL, "\"at\" : \"5:00.000\"", "\"at\" : " MARK "\"9:30.000\"", E,
    "The pause point at 9:30.000 is outside the clip’s stretch (1:00.000–8:00.000)." },
  { "pause-without-clip", NULL, TALK_MINUTES,
    TALK_MINUTES ",\n          " MARK "\"pause_points\" : [ { \"at\" : \"0:10.000\" } ]", W,
    "These pause points belong to no clip" },
  { "unknown-member", NULL, "\"kind\" : \"discussion\",",
    "\"kind\" : \"discussion\",\n          " MARK "\"colour\" : \"blue\",", W,
    "Corro does not know “colour” here; it will be ignored." },
  { "unknown-top-member", NULL, ID, ID "  " MARK "\"author\" : \"Ana\",\n", W,
    "Corro does not know “author” here" },
  { "member-twice", NULL, "\"kind\" : \"discussion\",",
    "\"kind\" : \"discussion\",\n          " MARK "\"kind\" : \"discussion\",", W,
    "“kind” is given twice here; Corro uses the last one." },
};

static void
test_problem (gconstpointer data)
{
  const ProblemCase *c = data;
  g_autofree char *text = dup_small_text ();
  g_autofree char *broken = NULL;
  guint line, column;

  g_assert_null (strstr (text, MARK));
  broken = edit (text, c->anchor, c->needle, c->replacement);
  take_mark (broken, &line, &column);
  assert_one_problem (broken, line, column, c->severity, c->message);
}

/* whole files */

static void
test_newer_version (void)
{
  static const char text[] = HEAD ID TITLE "  \"shiny\" : true\n}\n";
  g_autofree char *newer = edit (text, NULL, "\"version\" : 1", "\"version\" : 2");
  g_autoptr(CorroProgramme) programme = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  CorroProgrammeProblem *problem;

  programme = load_text (newer, strlen (newer), &problems, &error);
  g_assert_null (programme);
  g_assert_error (error, CORRO_PROGRAMME_READER_ERROR, CORRO_PROGRAMME_READER_ERROR_TOO_NEW);

  /* Only that: not the unknown member, nor the missing variants. */
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpuint (problem->line, ==, 3);
  g_assert_cmpuint (problem->column, ==, 15);
  g_assert_cmpint (problem->severity, ==, CORRO_PROBLEM_ERROR);
  g_assert_cmpstr (problem->message, ==,
                   "This file was made by a newer version of Corro (format version 2); update "
                   "Corro to read it.");
}

static void
test_empty (void)
{
  assert_one_problem ("", 1, 1, CORRO_PROBLEM_ERROR, "The file is empty.");
  assert_one_problem (" \n\t\n", 1, 1, CORRO_PROBLEM_ERROR, "The file is empty.");
}

static void
test_not_object (void)
{
  assert_one_problem ("\n  [ 1, 2 ]\n", 2, 3, CORRO_PROBLEM_ERROR,
                      "This is not a programme file: it should be one group of fields");
}

static void
test_syntax (void)
{
  /* json-glib places the error at the end of the value after which it expected a
   * comma; the column counts "í" and "ó" as one character each, though each is two
   * bytes. */
  static const char text[] = "{\n  \"títle\" : \"ó\"\n  \"id\" : \"x\"\n}\n";

  assert_one_problem (text, 2, 15, CORRO_PROBLEM_ERROR, "The file’s text is broken here:");
}

static void
test_not_utf8 (void)
{
  static const char text[] = "{\n  \"id\" : \"añ\xff\"\n}\n";

  assert_one_problem (text, 2, 13, CORRO_PROBLEM_ERROR, "UTF-8");
}

static void
test_too_deep (void)
{
  g_autofree char *open = g_strnfill (100, '[');
  g_autofree char *close = g_strnfill (100, ']');
  g_autofree char *text = g_strconcat ("\"[\" ", open, close, NULL);

  /* The bracket inside the string does not count. */
  assert_one_problem (text, 1, 4 + 65, CORRO_PROBLEM_ERROR, "nested too deeply");
}

static void
test_problem_to_string (void)
{
  g_autoptr(CorroProgrammeProblem) error = NULL;
  g_autoptr(CorroProgrammeProblem) warning = NULL;
  g_autofree char *error_text = NULL;
  g_autofree char *warning_text = NULL;

  error = corro_programme_problem_new (CORRO_PROBLEM_ERROR, "plan.json", 3, 15, "Bad.");
  warning = corro_programme_problem_new (CORRO_PROBLEM_WARNING, "plan.json", 1, 2, "Odd.");
  error_text = corro_programme_problem_to_string (error);
  warning_text = corro_programme_problem_to_string (warning);

  g_assert_cmpstr (error_text, ==, "plan.json:3:15: error: Bad.");
  g_assert_cmpstr (warning_text, ==, "plan.json:1:2: warning: Odd.");
}

static void
assert_round_trip (CorroProgramme *programme)
{
  g_autofree char *text = corro_programme_format_to_string (programme);
  g_autofree char *again = NULL;
  g_autoptr(CorroProgramme) read = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  read = load_text (text, strlen (text), &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (read);
  g_assert_cmpuint (problems->len, ==, 0);

  again = corro_programme_format_to_string (read);
  g_assert_cmpstr (again, ==, text);
}

static void
test_default_round_trip (void)
{
  g_autoptr(CorroProgramme) programme = corro_programme_new_default ();

  assert_round_trip (programme);
}

static void
test_small_round_trip (void)
{
  g_autoptr(CorroProgramme) programme = make_small_programme ();

  assert_round_trip (programme);
}

static void
test_default_chapters (void)
{
  static const struct {
    const char *id;
    guint       minutes;
  } variants[] = { { "group", 120 }, { "short", 90 }, { "individual", 60 } };
  g_autoptr(CorroProgramme) original = corro_programme_new_default ();
  g_autofree char *text = corro_programme_format_to_string (original);
  g_autoptr(CorroProgramme) programme = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *chapters;

  programme = load_text (text, strlen (text), NULL, &error);
  g_assert_no_error (error);
  chapters = G_LIST_MODEL (programme);

  g_assert_cmpuint (corro_programme_get_n_variants (programme), ==, G_N_ELEMENTS (variants));
  for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
    {
      g_assert_cmpstr (corro_programme_get_variant_id (programme, v), ==, variants[v].id);
      g_assert_cmpuint (corro_programme_get_variant_minutes (programme, v), ==,
                        variants[v].minutes);
    }

  g_assert_cmpuint (g_list_model_get_n_items (chapters), ==, 8);
  for (guint i = 0; i < 8; i++)
    {
      g_autoptr(CorroChapter) chapter = g_list_model_get_item (chapters, i);
      g_autofree char *title_en = NULL;
      g_autofree char *title_es = NULL;
      GListModel *segments = corro_chapter_get_segments (chapter);

      g_assert_cmpuint (corro_chapter_get_number (chapter), ==, i + 1);
      g_object_get (chapter, "title-en", &title_en, "title-es", &title_es, NULL);
      g_assert_cmpstr (title_en, !=, "");
      g_assert_cmpstr (title_es, !=, "");

      for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
        {
          guint total = 0;

          for (guint s = 0; s < g_list_model_get_n_items (segments); s++)
            {
              g_autoptr(CorroSegment) segment = g_list_model_get_item (segments, s);

              total += corro_segment_get_minutes (segment, variants[v].id);
            }
          g_assert_cmpuint (total, ==, variants[v].minutes);
        }
    }
}

static void
test_write_file (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CorroProgramme) programme = make_small_programme ();
  g_autofree char *text = corro_programme_format_to_string (programme);
  g_autoptr(CorroProgramme) read = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;

  /* Over an older file, which is replaced whole. */
  g_file_set_contents (path, "old and longer than nothing", -1, &error);
  g_assert_no_error (error);
  g_assert_true (corro_programme_format_write_file (programme, file, &error));
  g_assert_no_error (error);
  written = corro_test_read_bytes (path);
  g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                   text, strlen (text));

  read = corro_programme_reader_load_file (file, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (read);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpstr (corro_programme_get_id (read), ==, "test");

  corro_test_remove_tree (dir);
}

static void
test_write_unwritable (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "gone", "plan.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CorroProgramme) programme = make_small_programme ();
  g_autoptr(GError) error = NULL;

  g_assert_false (corro_programme_format_write_file (programme, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  corro_test_remove_tree (dir);
}

static void
test_read_missing_file (void)
{
  g_autofree char *dir = corro_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CorroProgramme) programme = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  programme = corro_programme_reader_load_file (file, &problems, &error);
  g_assert_null (programme);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (problems->len, ==, 0);

  corro_test_remove_tree (dir);
}

/* broken files of every shape: an answer, never a crash */

static void
assert_answers (const char *data,
                gsize       length)
{
  g_autoptr(CorroProgramme) programme = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint n_lines = 1, n_errors = 0;

  for (gsize i = 0; i < length; i++)
    n_lines += data[i] == '\n';

  programme = load_text (data, length, &problems, &error);
  for (guint i = 0; i < problems->len; i++)
    {
      CorroProgrammeProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpuint (problem->line, >=, 1);
      g_assert_cmpuint (problem->line, <=, n_lines);
      g_assert_cmpuint (problem->column, >=, 1);
      g_assert_cmpstr (problem->message, !=, "");
      g_assert_null (strchr (problem->message, '\n'));
      n_errors += problem->severity == CORRO_PROBLEM_ERROR;
    }

  if (programme != NULL)
    {
      g_autofree char *text = corro_programme_format_to_string (programme);

      g_assert_no_error (error);
      g_assert_cmpuint (n_errors, ==, 0);
    }
  else
    {
      g_assert_true (error != NULL && error->domain == CORRO_PROGRAMME_READER_ERROR);
      g_assert_cmpuint (n_errors, >, 0);
    }
}

static char *
mutate (const char *text,
        GRand      *rand)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n_lines = g_strv_length (lines);
  guint a = g_rand_int_range (rand, 0, n_lines);
  guint b = g_rand_int_range (rand, 0, n_lines);
  GString *out;

  switch (g_rand_int_range (rand, 0, 5))
    {
    case 0: /* flip a few bytes */
      out = g_string_new (text);
      for (int i = g_rand_int_range (rand, 1, 5); i > 0 && out->len > 0; i--)
        out->str[g_rand_int_range (rand, 0, out->len)] = (char) g_rand_int_range (rand, 1, 256);
      return g_string_free (out, FALSE);
    case 1: /* put in a stray piece of JSON */
      {
        static const char *const pieces[] = { "{", "}", "[", "]", ",", ":", "\"", "\\", "-", "0",
                                              "null", "/*", "\xc3", "\"\":", "[]", "{}" };

        out = g_string_new (text);
        g_string_insert (out, g_rand_int_range (rand, 0, out->len + 1),
                         pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
        return g_string_free (out, FALSE);
      }
    case 2: /* delete a line */
      g_free (lines[a]);
      memmove (&lines[a], &lines[a + 1], (n_lines - a) * sizeof (char *));
      return g_strjoinv ("\n", lines);
    case 3: /* say a line twice */
      {
        g_autofree char *twice = g_strconcat (lines[a], "\n", lines[a], NULL);

        g_free (lines[a]);
        lines[a] = g_steal_pointer (&twice);
        return g_strjoinv ("\n", lines);
      }
    default: /* swap two lines */
      {
        char *line = lines[a];

        lines[a] = lines[b];
        lines[b] = line;
        return g_strjoinv ("\n", lines);
      }
    }
}

static void
test_truncated (void)
{
  g_autoptr(CorroProgramme) programme = corro_programme_new_default ();
  g_autofree char *text = corro_programme_format_to_string (programme);
  gsize length = strlen (text);
  gsize step = g_test_thorough () ? 1 : 29;

  for (gsize cut = 0; cut < length; cut += step)
    assert_answers (text, cut);
  assert_answers (text, length);
}

static void
test_mutated (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260214);
  g_autofree char *small = dup_small_text ();
  g_autoptr(CorroProgramme) programme = corro_programme_new_default ();
  g_autofree char *large = corro_programme_format_to_string (programme);
  guint n = g_test_thorough () ? 20000 : 3000;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *broken = mutate (i % 5 == 0 ? large : small, rand);
      g_autofree char *again = mutate (broken, rand);

      assert_answers (broken, strlen (broken));
      assert_answers (again, strlen (again));
    }
}

int
main (int   argc,
      char *argv[])
{
  corro_test_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (problem_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/programme-file/problem/", problem_cases[i].path, NULL);

      g_test_add_data_func (path, &problem_cases[i], test_problem);
    }
  g_test_add_func ("/programme-file/problem/newer-version", test_newer_version);
  g_test_add_func ("/programme-file/problem/empty", test_empty);
  g_test_add_func ("/programme-file/problem/not-object", test_not_object);
  g_test_add_func ("/programme-file/problem/syntax", test_syntax);
  g_test_add_func ("/programme-file/problem/not-utf8", test_not_utf8);
  g_test_add_func ("/programme-file/problem/too-deep", test_too_deep);
  g_test_add_func ("/programme-file/problem-to-string", test_problem_to_string);
  g_test_add_func ("/programme-file/default-round-trip", test_default_round_trip);
  g_test_add_func ("/programme-file/small-round-trip", test_small_round_trip);
  g_test_add_func ("/programme-file/default-chapters", test_default_chapters);
  g_test_add_func ("/programme-file/write-file", test_write_file);
  g_test_add_func ("/programme-file/write-unwritable", test_write_unwritable);
  g_test_add_func ("/programme-file/read-missing-file", test_read_missing_file);
  g_test_add_func ("/programme-file/fuzz/truncated", test_truncated);
  g_test_add_func ("/programme-file/fuzz/mutated", test_mutated);

  return g_test_run ();
}
