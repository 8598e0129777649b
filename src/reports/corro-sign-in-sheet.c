/* corro-sign-in-sheet.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-sign-in-sheet"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-date.h"
#include "corro-participant.h"
#include "corro-sign-in-sheet.h"

/* A blank sign-in sheet for the room, printed before the group meets: the names of the
 * people enrolled (enrolled or completed; never the referred, the withdrawn, or the
 * erased, who are no longer in the group's list), then a few empty rows for anyone not
 * on it. For a whole group, a column for each session, headed by its chapter and its
 * date as the locale writes dates, on landscape paper; for one session, a column for a
 * signature. Ruled boxes, high enough to sign in. Built from the group as loaded (its
 * sessions and participants); saved with corro_pdf_document_save(). */

#define ROW_HEIGHT 26.0
#define EMPTY_ROWS 4

static gboolean
is_enrolled (CorroParticipant *participant)
{
  CorroEnrolmentStatus status = corro_participant_get_status (participant);

  return status == CORRO_ENROLMENT_ENROLLED || status == CORRO_ENROLMENT_COMPLETED;
}

static char *
dup_session_heading (CorroSession *session)
{
  g_autofree char *date = corro_date_format_local (corro_session_get_date (session));
  g_autofree char *chapter = NULL;

  if (corro_session_get_extra (session))
    /* Translators: a sign-in sheet's column for an extra meeting of a chapter, e.g.
     * "Ch. 3, extra"; keep it short */
    chapter = g_strdup_printf (_("Ch. %u, extra"), corro_session_get_chapter (session));
  else
    /* Translators: a sign-in sheet's column for a session, e.g. "Ch. 3"; keep it short */
    chapter = g_strdup_printf (_("Ch. %u"), corro_session_get_chapter (session));

  return g_strdup_printf ("%s\n%s", chapter, date[0] != '\0' ? date : "—");
}

/**
 * corro_sign_in_sheet_new:
 * @group: a group, loaded (corro_records_load_group())
 * @session: (nullable): one of its sessions, for that session's sheet; %NULL for one
 *   sheet for all its sessions
 *
 * Returns: (transfer full): the sheet laid out for printing, on the locale's paper
 */
CorroPdfDocument *
corro_sign_in_sheet_new (CorroGroup   *group,
                         CorroSession *session)
{
  g_autoptr(CorroPdfDocument) document = corro_pdf_document_new ();
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) spec = g_array_new (FALSE, TRUE, sizeof (CorroPdfColumn));
  GListModel *participants;
  GListModel *sessions;
  g_autofree char *subtitle = NULL;
  g_autofree char *footer = NULL;
  CorroPdfColumn column = { 0 };
  double width, height;

  g_return_val_if_fail (CORRO_IS_GROUP (group), NULL);
  g_return_val_if_fail (session == NULL || CORRO_IS_SESSION (session), NULL);

  participants = corro_group_get_participants (group);
  sessions = corro_group_get_sessions (group);

  /* Translators: the name column of a sign-in sheet */
  column.title = _("Name");
  column.width = 3.0;
  g_array_append_val (spec, column);
  if (session != NULL)
    {
      g_autofree char *heading = dup_session_heading (session);

      /* Translators: %s is the session, e.g. "Ch. 3" and its date on the next line */
      subtitle = g_strdup_printf (_("%s — %s"), corro_group_get_name (group), heading);
      g_strdelimit (subtitle, "\n", ' ');
      /* Translators: the column of a sign-in sheet where each person signs */
      column.title = _("Signature");
      column.width = 4.0;
      g_array_append_val (spec, column);
    }
  else
    {
      subtitle = g_strdup (corro_group_get_name (group));
      for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
        {
          g_autoptr(CorroSession) each = g_list_model_get_item (sessions, i);
          char *heading = dup_session_heading (each);

          g_ptr_array_add (columns, heading);
          column.title = heading;
          column.width = 1.0;
          column.align = CORRO_PDF_ALIGN_CENTER;
          g_array_append_val (spec, column);
        }
      /* A column for each session needs the paper's long side. */
      corro_pdf_paper_size_for_locale (&width, &height);
      corro_pdf_document_set_page_size (document, MAX (width, height), MIN (width, height));
    }

  /* Translators: the title of the sheet people sign when they come to a session */
  corro_pdf_document_set_title (document, _("Sign-in Sheet"));
  corro_pdf_document_add_title (document, _("Sign-in Sheet"), subtitle);
  if (corro_group_get_venue (group) != NULL && corro_group_get_venue (group)[0] != '\0')
    corro_pdf_document_add_key_value (document, _("Venue"), corro_group_get_venue (group));
  corro_pdf_document_add_paragraph (document,
                                    session != NULL
                                      ? _("Please sign beside your name when you arrive. "
                                          "Not on the list? Write your name in an empty row.")
                                      : _("Please sign in the box for each session you come "
                                          "to. Not on the list? Write your name in an empty "
                                          "row."));

  corro_pdf_document_add_table (document, (const CorroPdfColumn *) spec->data, spec->len);
  corro_pdf_document_set_writable (document, ROW_HEIGHT);
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(CorroParticipant) participant = g_list_model_get_item (participants, i);
      const char *cells[] = { corro_participant_get_name (participant), NULL };

      if (is_enrolled (participant))
        corro_pdf_document_add_row (document, cells, FALSE);
    }
  for (guint i = 0; i < EMPTY_ROWS; i++)
    {
      const char *cells[] = { "", NULL };

      corro_pdf_document_add_row (document, cells, FALSE);
    }

  footer = g_strdup_printf ("%s · %s", _("Sign-in Sheet"), corro_group_get_name (group));
  corro_pdf_document_set_footer (document, footer);

  return g_steal_pointer (&document);
}

/**
 * corro_sign_in_sheet_file_name:
 *
 * Returns: (transfer full): a file name to offer for the sheet, e.g.
 *   "Sign-in sheet - Tuesday mornings.pdf"
 */
char *
corro_sign_in_sheet_file_name (CorroGroup   *group,
                               CorroSession *session)
{
  g_autofree char *name = g_strdup (corro_group_get_name (group));

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  if (session != NULL)
    {
      g_autofree char *date = corro_date_format_local (corro_session_get_date (session));

      g_strdelimit (date, "/", '-');
      /* Translators: a file name: the group's name, then the session's date */
      return g_strdup_printf (_("Sign-in sheet - %s - %s.pdf"), name, date);
    }

  /* Translators: a file name: the group's name */
  return g_strdup_printf (_("Sign-in sheet - %s.pdf"), name);
}
