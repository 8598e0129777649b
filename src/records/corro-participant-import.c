/* corro-participant-import.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-participant-import"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "corro-csv.h"
#include "corro-date.h"
#include "corro-participant-import.h"
#include "corro-records-private.h"
#include "corro-store-people.h"

/* Participants and referrals from a spreadsheet's CSV file, as staff keep them: UTF-8
 * with or without a byte order mark, commas or semicolons (Spanish spreadsheets write
 * semicolons), quoted fields holding separators, quotes and line breaks, CRLF or LF;
 * a first row naming the columns in English or Spanish, in any order and case. Loading
 * never fails: every problem is reported as "FILE:LINE: message" and the preview shows
 * every row; committing takes all the rows or none. */

typedef enum
{
  COLUMN_UNKNOWN = -1,
  COLUMN_NAME,
  COLUMN_RELATIONSHIP,
  COLUMN_CHILD_AGE,
  COLUMN_LANGUAGE,
  COLUMN_PHONE,
  COLUMN_EMAIL,
  COLUMN_REFERRAL_SOURCE,
  COLUMN_REFERRAL_DATE,
  N_COLUMNS
} Column;

typedef struct
{
  guint                line;
  CorroStoreMember     member;
  char                *problem;
  CorroStoreLookalike *lookalike;   /* nullable: someone already in the records */
  gboolean             link;        /* refer @lookalike instead of adding a new person */
} Row;

struct _CorroParticipantImport
{
  GObject     parent_instance;

  char        separator;
  gboolean    has_errors;
  guint       n_already_in_group;   /* found by the last commit */

  /* owned */
  GArray     *rows;
  GPtrArray  *errors;
  GPtrArray  *warnings;
  GListStore *participants;
};

G_DEFINE_FINAL_TYPE (CorroParticipantImport, corro_participant_import, G_TYPE_OBJECT)

/* Each column's names, after folding (see fold()); the first is the template's. */
static const char * const column_names[N_COLUMNS][8] = {
  [COLUMN_NAME] = { "name", "nombre", "full_name", "nombre_completo", "participant",
                    "participante", NULL },
  [COLUMN_RELATIONSHIP] = { "relationship", "parentesco", "relation", "relacion", NULL },
  [COLUMN_CHILD_AGE] = { "child_age", "edad_nino", "edad_del_nino", "edad_nina", "edad",
                         "age", NULL },
  [COLUMN_LANGUAGE] = { "language", "idioma", "lengua", NULL },
  [COLUMN_PHONE] = { "phone", "telefono", "tel", "phone_number", "mobile", "celular",
                     "movil", NULL },
  [COLUMN_EMAIL] = { "email", "correo", "e_mail", "correo_electronico", "mail", NULL },
  [COLUMN_REFERRAL_SOURCE] = { "referral_source", "origen", "referred_by", "derivado_por",
                               "source", "fuente", NULL },
  [COLUMN_REFERRAL_DATE] = { "referral_date", "fecha_derivacion", "fecha_de_derivacion",
                             "date_referred", NULL },
};

static const char * const spanish_columns[N_COLUMNS] = {
  "nombre", "parentesco", "edad_nino", "idioma", "telefono", "correo", "origen",
  "fecha_derivacion",
};

static const struct
{
  const char        *word;
  CorroRelationship  relationship;
} relationship_words[] = {
  { "mother", CORRO_RELATIONSHIP_MOTHER },
  { "mum", CORRO_RELATIONSHIP_MOTHER },
  { "mom", CORRO_RELATIONSHIP_MOTHER },
  { "madre", CORRO_RELATIONSHIP_MOTHER },
  { "mama", CORRO_RELATIONSHIP_MOTHER },
  { "father", CORRO_RELATIONSHIP_FATHER },
  { "dad", CORRO_RELATIONSHIP_FATHER },
  { "padre", CORRO_RELATIONSHIP_FATHER },
  { "papa", CORRO_RELATIONSHIP_FATHER },
  { "grandparent", CORRO_RELATIONSHIP_GRANDPARENT },
  { "grandmother", CORRO_RELATIONSHIP_GRANDPARENT },
  { "grandfather", CORRO_RELATIONSHIP_GRANDPARENT },
  { "abuela", CORRO_RELATIONSHIP_GRANDPARENT },
  { "abuelo", CORRO_RELATIONSHIP_GRANDPARENT },
  { "abuelo_a", CORRO_RELATIONSHIP_GRANDPARENT },
  { "foster_carer", CORRO_RELATIONSHIP_FOSTER_CARER },
  { "foster_parent", CORRO_RELATIONSHIP_FOSTER_CARER },
  { "foster", CORRO_RELATIONSHIP_FOSTER_CARER },
  { "acogedor", CORRO_RELATIONSHIP_FOSTER_CARER },
  { "acogedora", CORRO_RELATIONSHIP_FOSTER_CARER },
  { "familia_de_acogida", CORRO_RELATIONSHIP_FOSTER_CARER },
  { "cuidador_de_acogida", CORRO_RELATIONSHIP_FOSTER_CARER },
  { "cuidadora_de_acogida", CORRO_RELATIONSHIP_FOSTER_CARER },
  { "other", CORRO_RELATIONSHIP_OTHER },
  { "otro", CORRO_RELATIONSHIP_OTHER },
  { "otra", CORRO_RELATIONSHIP_OTHER },
};

static const char * const no_problems[] = { NULL };

/* helpers */

static guint
count_likeness (CorroStoreLikeness likeness)
{
  guint n = 0;

  for (guint bit = 1; bit <= CORRO_STORE_SAME_EMAIL; bit <<= 1)
    n += (likeness & bit) != 0;
  return n;
}

/* More ways alike first: the same name and phone before the same name only. */
static int
compare_likeness (gconstpointer a,
                  gconstpointer b)
{
  const CorroStoreLookalike *x = *(CorroStoreLookalike * const *) a;
  const CorroStoreLookalike *y = *(CorroStoreLookalike * const *) b;

  return (int) count_likeness (y->likeness) - (int) count_likeness (x->likeness);
}

static void
row_clear (Row *row)
{
  corro_store_participant_clear (&row->member.participant);
  corro_store_enrolment_clear (&row->member.enrolment);
  g_clear_pointer (&row->problem, g_free);
  g_clear_pointer (&row->lookalike, corro_store_lookalike_free);
}

static Column
find_column (const char *heading)
{
  g_autofree char *folded = corro_csv_fold (heading);

  for (int column = 0; column < N_COLUMNS; column++)
    for (guint i = 0; column_names[column][i] != NULL; i++)
      if (g_str_equal (folded, column_names[column][i]))
        return column;

  return COLUMN_UNKNOWN;
}

static void
add_problem (CorroParticipantImport *self,
             GPtrArray              *list,
             const char             *file_name,
             guint                   line,
             const char             *message)
{
  g_ptr_array_add (list, g_strdup_printf ("%s:%u: %s", file_name, line, message));
  if (list == self->errors)
    self->has_errors = TRUE;
}

static void
add_row_problem (CorroParticipantImport *self,
                 Row                    *row,
                 const char             *file_name,
                 char                   *message)
{
  add_problem (self, self->errors, file_name, row->line, message);
  if (row->problem == NULL)
    {
      row->problem = message;
    }
  else
    {
      char *joined = g_strconcat (row->problem, " ", message, NULL);

      g_free (row->problem);
      g_free (message);
      row->problem = joined;
    }
}

static gboolean
parse_relationship (const char        *text,
                    CorroRelationship *relationship)
{
  g_autofree char *folded = corro_csv_fold (text);

  for (guint i = 0; i < G_N_ELEMENTS (relationship_words); i++)
    if (g_str_equal (folded, relationship_words[i].word))
      {
        *relationship = relationship_words[i].relationship;
        return TRUE;
      }

  return FALSE;
}

/* "2", "1.5" or "1,5" (years), "18m", "18 meses", "18 months" → months. */
static gboolean
parse_child_age (const char *text,
                 int        *months)
{
  static const char * const month_units[] = { "m", "mo", "mos", "month", "months", "mes",
                                              "meses" };
  static const char * const year_units[] = { "", "y", "yr", "yrs", "year", "years", "a",
                                             "ano", "anos" };
  g_autofree char *number = corro_csv_simplify (text);
  const char *unit;
  char *end = NULL;
  double value;
  gboolean in_months = FALSE, known = FALSE;

  g_strdelimit (number, ",", '.');
  if (!g_ascii_isdigit (number[0]))
    return FALSE;
  value = g_ascii_strtod (number, &end);
  unit = end;

  for (guint i = 0; i < G_N_ELEMENTS (month_units) && !known; i++)
    if (g_str_equal (unit, month_units[i]))
      known = in_months = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (year_units) && !known; i++)
    if (g_str_equal (unit, year_units[i]))
      known = TRUE;
  if (!known)
    return FALSE;

  value = in_months ? value : value * 12;
  if (value < 0 || value > 300)
    return FALSE;

  *months = (int) (value + 0.5);
  return TRUE;
}

static char *
normalise_language (const char *text)
{
  static const char * const english[] = { "en", "eng", "english", "ingles" };
  static const char * const spanish[] = { "es", "spa", "spanish", "espanol", "castellano" };
  g_autofree char *folded = corro_csv_fold (text);

  for (guint i = 0; i < G_N_ELEMENTS (english); i++)
    if (g_str_equal (folded, english[i]))
      return g_strdup ("en");
  for (guint i = 0; i < G_N_ELEMENTS (spanish); i++)
    if (g_str_equal (folded, spanish[i]))
      return g_strdup ("es");

  return g_strdup (text);
}

static gboolean
looks_like_email (const char *text)
{
  const char *at = strchr (text, '@');

  return at != NULL && at != text && strchr (at + 1, '.') != NULL &&
         strpbrk (text, " ,;<>") == NULL && strchr (at + 1, '@') == NULL;
}

static void
read_row (CorroParticipantImport *self,
          CorroCsvRecord         *record,
          const int              *columns,
          guint                   n_columns,
          const char             *file_name)
{
  Row row = { .line = record->line };
  CorroStoreParticipant *p = &row.member.participant;
  CorroStoreEnrolment *e = &row.member.enrolment;
  guint n_used = 0;

  p->child_age_months = -1;
  e->status = CORRO_ENROLMENT_REFERRED;

  /* More values than columns: a value holding a separator lost its quotes, and the
   * values after it are in the wrong columns; saying so is more use than a complaint
   * about each of them. */
  for (guint i = n_columns; i < record->fields->len; i++)
    if (((const char *) g_ptr_array_index (record->fields, i))[0] != '\0')
      n_used = i + 1;
  if (n_used > n_columns)
    {
      add_row_problem (self, &row, file_name,
                       g_strdup_printf (ngettext ("This row has %u fields but the first row "
                                                  "names %u column; is a value with a "
                                                  "separator in it missing its quotes?",
                                                  "This row has %u fields but the first row "
                                                  "names %u columns; is a value with a "
                                                  "separator in it missing its quotes?",
                                                  n_columns),
                                        n_used, n_columns));
      for (guint i = 0; i < n_columns; i++)
        if (columns[i] == COLUMN_NAME)
          _corro_records_set_string (&p->name, g_ptr_array_index (record->fields, i));
      g_array_append_val (self->rows, row);
      return;
    }

  for (guint i = 0; i < MIN (record->fields->len, n_columns); i++)
    {
      const char *value = g_ptr_array_index (record->fields, i);

      switch (columns[i])
        {
        case COLUMN_NAME:
          _corro_records_set_string (&p->name, value);
          break;
        case COLUMN_RELATIONSHIP:
          if (value[0] != '\0' && !parse_relationship (value, &p->relationship))
            add_row_problem (self, &row, file_name,
                             g_strdup_printf (_("“%s” is not a relationship Corro knows "
                                                "(mother, father, grandparent, foster carer "
                                                "or other)."), value));
          break;
        case COLUMN_CHILD_AGE:
          if (value[0] != '\0' && !parse_child_age (value, &p->child_age_months))
            add_row_problem (self, &row, file_name,
                             g_strdup_printf (_("“%s” is not a child’s age: give years "
                                                "(2) or months (18m)."), value));
          break;
        case COLUMN_LANGUAGE:
          g_free (p->language);
          p->language = normalise_language (value);
          break;
        case COLUMN_PHONE:
          _corro_records_set_string (&p->phone, value);
          break;
        case COLUMN_EMAIL:
          if (value[0] != '\0' && !looks_like_email (value))
            add_row_problem (self, &row, file_name,
                             g_strdup_printf (_("“%s” is not an email address."), value));
          else
            _corro_records_set_string (&p->email, value);
          break;
        case COLUMN_REFERRAL_SOURCE:
          _corro_records_set_string (&e->referral_source, value);
          break;
        case COLUMN_REFERRAL_DATE:
          g_free (e->referral_date);
          /* The reader of the interface's date fields and the command line. */
          if (value[0] != '\0' && !(e->referral_date = corro_date_parse_local (value)))
            add_row_problem (self, &row, file_name, corro_date_dup_not_a_date (value));
          break;
        case COLUMN_UNKNOWN:
        default:
          break;
        }
    }

  if (p->name == NULL || p->name[0] == '\0')
    add_row_problem (self, &row, file_name, g_strdup (_("The name is empty.")));

  g_array_append_val (self->rows, row);
}

/* Two rows of one file naming the same person (the same name ignoring case and accents)
 * are imported as two people: the file is not wrong, but the person importing is told. */
static void
warn_repeated_people (CorroParticipantImport *self,
                      const char             *file_name)
{
  g_autoptr(GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < self->rows->len; i++)
    g_ptr_array_add (folded,
                     corro_store_fold_name (g_array_index (self->rows, Row,
                                                           i).member.participant.name));

  for (guint j = 1; j < self->rows->len; j++)
    for (guint i = 0; i < j; i++)
      {
        const char *name = g_ptr_array_index (folded, j);
        g_autofree char *message = NULL;

        if (name[0] == '\0' || !g_str_equal (name, g_ptr_array_index (folded, i)))
          continue;
        /* Translators: %u is the line of an earlier row of the same file */
        message = g_strdup_printf (_("This row names the same person as line %u: both will "
                                     "be added, as two people. If they are one person, "
                                     "remove one of the rows."),
                                   g_array_index (self->rows, Row, i).line);
        add_problem (self, self->warnings, file_name, g_array_index (self->rows, Row, j).line,
                     message);
        break;
      }
}

static void
read_records (CorroParticipantImport *self,
              GPtrArray              *records,
              const char             *file_name)
{
  CorroCsvRecord *header;
  g_autofree int *columns = NULL;
  gboolean seen[N_COLUMNS] = { FALSE };

  header = g_ptr_array_index (records, 0);
  columns = g_new (int, header->fields->len);

  for (guint i = 0; i < header->fields->len; i++)
    {
      const char *heading = g_ptr_array_index (header->fields, i);
      Column column = find_column (heading);

      columns[i] = column;
      if (column == COLUMN_UNKNOWN)
        {
          g_autofree char *message =
            heading[0] != '\0'
            ? g_strdup_printf (_("The column “%s” is not one Corro knows; it is not "
                                 "imported."), heading)
            : g_strdup_printf (_("Column %u has no name; it is not imported."), i + 1);

          add_problem (self, self->warnings, file_name, header->line, message);
        }
      else if (seen[column])
        {
          g_autofree char *message =
            g_strdup_printf (_("The column “%s” appears twice."), heading);

          add_problem (self, self->errors, file_name, header->line, message);
        }
      if (column != COLUMN_UNKNOWN)
        seen[column] = TRUE;
    }

  if (!seen[COLUMN_NAME])
    {
      add_problem (self, self->errors, file_name, header->line,
                   _("The first row must name the columns, one of them “name” "
                     "(or “nombre”)."));
      return;
    }

  for (guint r = 1; r < records->len; r++)
    read_row (self, g_ptr_array_index (records, r), columns, header->fields->len, file_name);
  warn_repeated_people (self, file_name);

  if (self->rows->len == 0)
    add_problem (self, self->errors, file_name, header->line,
                 _("There is no one to import: the file has only its first row."));
}

static void
reset (CorroParticipantImport *self)
{
  g_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->errors, 0);
  g_ptr_array_set_size (self->warnings, 0);
  g_list_store_remove_all (self->participants);
  self->has_errors = FALSE;
  self->separator = ',';
}

/* GObject */

static void
corro_participant_import_finalize (GObject *object)
{
  CorroParticipantImport *self = (CorroParticipantImport *) object;

  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->errors, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_object (&self->participants);

  G_OBJECT_CLASS (corro_participant_import_parent_class)->finalize (object);
}

static void
corro_participant_import_class_init (CorroParticipantImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = corro_participant_import_finalize;
}

static void
corro_participant_import_init (CorroParticipantImport *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, (GDestroyNotify) row_clear);
  self->errors = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  self->warnings = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  self->participants = g_list_store_new (CORRO_TYPE_PARTICIPANT);
  self->separator = ',';
}

/* public API */

CorroParticipantImport *
corro_participant_import_new (void)
{
  return g_object_new (CORRO_TYPE_PARTICIPANT_IMPORT, NULL);
}

/**
 * corro_participant_import_load:
 * @contents: the file's bytes
 * @file_name: the name to give in problems, "FILE:LINE: message"
 *
 * Reads a CSV file of participants, replacing what was read before. Never fails: see
 * corro_participant_import_get_errors() and corro_participant_import_get_warnings().
 */
void
corro_participant_import_load (CorroParticipantImport *self,
                               GBytes                 *contents,
                               const char             *file_name)
{
  g_autoptr(GPtrArray) records = NULL;
  const char *text, *invalid;
  gsize length;
  guint open_quote_line = 0;

  g_return_if_fail (CORRO_IS_PARTICIPANT_IMPORT (self));
  g_return_if_fail (contents != NULL);
  g_return_if_fail (file_name != NULL);

  reset (self);
  records = g_ptr_array_new_with_free_func ((GDestroyNotify) corro_csv_record_free);
  text = g_bytes_get_data (contents, &length);
  if (text == NULL)
    text = "";

  if (length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    {
      text += 3;
      length -= 3;
    }

  if (!g_utf8_validate_len (text, length, &invalid) ||
      (length >= 2 && (memcmp (text, "\xff\xfe", 2) == 0 || memcmp (text, "\xfe\xff", 2) == 0)))
    {
      guint line = 1;

      for (const char *p = text; p < invalid && p < text + length; p++)
        line += *p == '\n';
      add_problem (self, self->errors, file_name, line,
                   _("The file is not UTF-8 text. Save it from the spreadsheet as "
                     "“CSV UTF-8” and try again."));
      return;
    }

  self->separator = corro_csv_detect_separator (text, length);
  if (!corro_csv_split (text, length, self->separator, records, &open_quote_line))
    {
      add_problem (self, self->errors, file_name, open_quote_line,
                   _("A quoted value starts here and is never closed."));
      return;
    }

  for (guint i = records->len; i > 0; i--)
    if (corro_csv_record_is_blank (g_ptr_array_index (records, i - 1)))
      g_ptr_array_remove_index (records, i - 1);

  if (records->len == 0)
    {
      add_problem (self, self->errors, file_name, 1, _("The file is empty."));
      return;
    }

  read_records (self, records, file_name);

  for (guint i = 0; i < self->rows->len; i++)
    {
      g_autoptr(CorroParticipant) participant =
        _corro_participant_new_from_store (&g_array_index (self->rows, Row, i).member);

      g_list_store_append (self->participants, participant);
    }
}

/**
 * corro_participant_import_load_file:
 *
 * Reads @file as corro_participant_import_load() does, naming it by its base name in
 * problems. Fails only when the file cannot be read.
 */
gboolean
corro_participant_import_load_file (CorroParticipantImport  *self,
                                    GFile                   *file,
                                    GCancellable            *cancellable,
                                    GError                 **error)
{
  g_autoptr(GBytes) contents = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (CORRO_IS_PARTICIPANT_IMPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!(contents = g_file_load_bytes (file, cancellable, NULL, error)))
    return FALSE;

  name = g_file_get_basename (file);
  corro_participant_import_load (self, contents, name);
  return TRUE;
}

/**
 * corro_participant_import_get_separator:
 *
 * Returns: the separator the file uses: ',', ';' or '\t'
 */
char
corro_participant_import_get_separator (CorroParticipantImport *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT_IMPORT (self), ',');

  return self->separator;
}

/**
 * corro_participant_import_get_n_rows:
 *
 * Returns: how many participants the file lists, good rows and bad
 */
guint
corro_participant_import_get_n_rows (CorroParticipantImport *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT_IMPORT (self), 0);

  return self->rows->len;
}

/**
 * corro_participant_import_get_row_line:
 *
 * Returns: the line of the file where row @row starts
 */
guint
corro_participant_import_get_row_line (CorroParticipantImport *self,
                                       guint                   row)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT_IMPORT (self), 0);
  g_return_val_if_fail (row < self->rows->len, 0);

  return g_array_index (self->rows, Row, row).line;
}

/**
 * corro_participant_import_get_row_problem:
 *
 * Returns: (nullable): what is wrong with row @row, or %NULL when it can be imported
 */
const char *
corro_participant_import_get_row_problem (CorroParticipantImport *self,
                                          guint                   row)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT_IMPORT (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  return g_array_index (self->rows, Row, row).problem;
}

/**
 * corro_participant_import_get_participants:
 *
 * Returns: (transfer none): a #CorroParticipant for each row, for a preview, with the
 *   referral read from the file
 */
GListModel *
corro_participant_import_get_participants (CorroParticipantImport *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT_IMPORT (self), NULL);

  return G_LIST_MODEL (self->participants);
}

gboolean
corro_participant_import_has_errors (CorroParticipantImport *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT_IMPORT (self), TRUE);

  return self->has_errors;
}

/**
 * corro_participant_import_get_errors:
 *
 * Returns: (transfer none): what stops the file from being imported, one
 *   "FILE:LINE: message" each, in the order of the file
 */
const char * const *
corro_participant_import_get_errors (CorroParticipantImport *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT_IMPORT (self), NULL);

  return self->errors->pdata != NULL ? (const char * const *) self->errors->pdata
                                      : no_problems;
}

/**
 * corro_participant_import_get_warnings:
 *
 * Returns: (transfer none): what will be left out (columns Corro does not know), one
 *   "FILE:LINE: message" each
 */
const char * const *
corro_participant_import_get_warnings (CorroParticipantImport *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT_IMPORT (self), NULL);

  return self->warnings->pdata != NULL ? (const char * const *) self->warnings->pdata
                                      : no_problems;
}

/**
 * corro_participant_import_commit:
 * @group_id: the group to refer everyone to, or 0 to create @new_group
 * @new_group: (nullable): the group to create when @group_id is 0
 * @out_group_id: (out) (optional): the group they were referred to
 *
 * Refers everyone in the file to the group: all of them, in one transaction, or none.
 * A file with errors is refused whole.
 */
gboolean
corro_participant_import_commit (CorroParticipantImport  *self,
                                 CorroStore              *store,
                                 gint64                   group_id,
                                 const CorroStoreGroup   *new_group,
                                 gint64                  *out_group_id,
                                 GError                 **error)
{
  g_autofree CorroStoreMember *members = NULL;

  g_return_val_if_fail (CORRO_IS_PARTICIPANT_IMPORT (self), FALSE);
  g_return_val_if_fail (CORRO_IS_STORE (store), FALSE);

  if (self->has_errors || self->rows->len == 0)
    {
      g_set_error_literal (error, CORRO_RECORDS_ERROR, CORRO_RECORDS_ERROR_INVALID,
                           _("The file has problems, so nobody was imported. Correct them "
                             "and import it again."));
      return FALSE;
    }

  members = g_new0 (CorroStoreMember, self->rows->len);
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      members[i] = row->member;
      members[i].participant.id = row->link && row->lookalike != NULL
                                  ? row->lookalike->participant.id : 0;
    }

  return corro_store_import_members (store, group_id, new_group, members, self->rows->len,
                                     out_group_id, &self->n_already_in_group, error);
}

/**
 * corro_participant_import_find_lookalikes:
 *
 * Looks for each row's person among the people already in @store's records: the same
 * name ignoring case and accents, or the same phone or email (see
 * corro_store_find_lookalikes()). A row that has one is linked to them by default: the
 * import refers that person instead of adding a second record of them.
 *
 * Returns: how many rows look like someone already in the records, or -1 on error
 */
int
corro_participant_import_find_lookalikes (CorroParticipantImport  *self,
                                          CorroStore              *store,
                                          GError                 **error)
{
  int n = 0;

  g_return_val_if_fail (CORRO_IS_PARTICIPANT_IMPORT (self), -1);
  g_return_val_if_fail (CORRO_IS_STORE (store), -1);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      const CorroStoreParticipant *p = &row->member.participant;
      g_autoptr(GPtrArray) found = NULL;

      g_clear_pointer (&row->lookalike, corro_store_lookalike_free);
      row->link = FALSE;
      if (!(found = corro_store_find_lookalikes (store, p->name, p->phone, p->email, 0, error)))
        return -1;
      if (found->len == 0)
        continue;
      /* The same name and the same phone or email first: the likeliest. */
      g_ptr_array_sort (found, compare_likeness);
      row->lookalike = g_ptr_array_steal_index (found, 0);
      row->link = TRUE;
      n++;
    }
  return n;
}

/**
 * corro_participant_import_get_row_lookalike:
 *
 * Returns: (nullable) (transfer none): the person already in the records that row
 *   @row looks like, after corro_participant_import_find_lookalikes()
 */
const CorroStoreLookalike *
corro_participant_import_get_row_lookalike (CorroParticipantImport *self,
                                            guint                   row)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT_IMPORT (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  return g_array_index (self->rows, Row, row).lookalike;
}

/**
 * corro_participant_import_set_row_link:
 * @link: %TRUE to refer the person already in the records (the default), %FALSE to add
 *   a new person
 */
void
corro_participant_import_set_row_link (CorroParticipantImport *self,
                                       guint                   row,
                                       gboolean                link)
{
  g_return_if_fail (CORRO_IS_PARTICIPANT_IMPORT (self));
  g_return_if_fail (row < self->rows->len);

  g_array_index (self->rows, Row, row).link = link && g_array_index (self->rows, Row,
                                                                     row).lookalike != NULL;
}

gboolean
corro_participant_import_get_row_link (CorroParticipantImport *self,
                                       guint                   row)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT_IMPORT (self), FALSE);
  g_return_val_if_fail (row < self->rows->len, FALSE);

  return g_array_index (self->rows, Row, row).link;
}

/**
 * corro_participant_import_get_n_already_in_group:
 *
 * Returns: after a commit, how many people linked to their existing record were in the
 *   group already, and so were left as they were
 */
guint
corro_participant_import_get_n_already_in_group (CorroParticipantImport *self)
{
  g_return_val_if_fail (CORRO_IS_PARTICIPANT_IMPORT (self), 0);

  return self->n_already_in_group;
}

/**
 * corro_participant_import_dup_template:
 * @language: "es" for Spanish column names and semicolons, as Spanish spreadsheets
 *   expect; otherwise English names and commas
 *
 * Returns: (transfer full): a CSV file with only its first row, naming every column
 *   Corro reads, with a byte order mark so that spreadsheets read it as UTF-8
 */
char *
corro_participant_import_dup_template (const char *language)
{
  gboolean spanish = g_strcmp0 (language, "es") == 0;
  g_autoptr(GString) text = g_string_new ("\xef\xbb\xbf");

  for (guint column = 0; column < N_COLUMNS; column++)
    {
      if (column > 0)
        g_string_append_c (text, spanish ? ';' : ',');
      g_string_append (text, spanish ? spanish_columns[column] : column_names[column][0]);
    }
  g_string_append (text, "\r\n");

  return g_string_free (g_steal_pointer (&text), FALSE);
}

gboolean
corro_participant_import_write_template (GFile         *file,
                                         const char    *language,
                                         GCancellable  *cancellable,
                                         GError       **error)
{
  g_autofree char *text = corro_participant_import_dup_template (language);

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                  G_FILE_CREATE_NONE, NULL, cancellable, error);
}
