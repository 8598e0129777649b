/* corro-session-page.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-session-page"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-attendance-view.h"
#include "corro-chapter.h"
#include "corro-group.h"
#include "corro-held-dialog.h"
#include "corro-labels.h"
#include "corro-programme.h"
#include "corro-programme-library.h"
#include "corro-records.h"
#include "corro-session.h"
#include "corro-session-notes.h"
#include "corro-session-page.h"

/* One session of a group, after it was held: who came (Attendance) and what the
 * facilitator noticed (Notes). The flow at the end of a day is Attendance, then
 * Notes, then done; each mark and each note is saved as it is made, so leaving the
 * page at any moment loses nothing. */
struct _CorroSessionPage
{
  AdwBin               parent_instance;

  /* template widgets */
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  AdwViewStack        *view_stack;
  AdwBin              *attendance_slot;
  AdwBin              *notes_slot;
  GtkLabel            *held_label;
  GtkWidget           *resume_button;
  GtkButton           *held_button;

  /* child widgets made in code */
  CorroAttendanceView *attendance;
  CorroSessionNotes   *notes;

  /* owned */
  CorroRecords        *records;
  CorroGroup          *group;
  CorroSession        *session;
  char                *language;
  gboolean             focus_on_map;
};

G_DEFINE_FINAL_TYPE (CorroSessionPage, corro_session_page, ADW_TYPE_BIN)

/* helpers */

/* The chapter's title from the group's programme, when the application has it. */
static const char *
find_chapter_title (CorroSessionPage *self)
{
  GApplication *app = g_application_get_default ();
  const char *programme_id = corro_group_get_programme_id (self->group);
  guint number = corro_session_get_chapter (self->session);
  CorroProgrammeLibrary *library;
  CorroProgramme *programme;
  CorroChapter *chapter;

  if (!CORRO_IS_APPLICATION (app) ||
      !(library = corro_application_get_library (CORRO_APPLICATION (app))) ||
      !(programme = corro_programme_library_get_programme (library, programme_id)) ||
      !(chapter = corro_programme_get_chapter (programme, number)))
    return NULL;

  return corro_chapter_get_title (chapter, self->language);
}

/* Whether the session was held, with what to do about it: record it (after presenting,
 * or later), resume presenting it while that can be done, or undo a mistaken record. */
static void
update_held_bar (CorroSessionPage *self)
{
  GApplication *app = g_application_get_default ();
  gboolean resumable = CORRO_IS_APPLICATION (app) &&
                       corro_application_get_resumable_session (CORRO_APPLICATION (app)) ==
                       self->session;
  g_autofree char *text = NULL;

  if (corro_session_get_held (self->session))
    {
      g_autofree char *date = corro_label_date (corro_session_get_date (self->session));
      const char *started = corro_session_get_started_at (self->session);
      const char *ended = corro_session_get_ended_at (self->session);

      if (started != NULL && started[0] != '\0' && ended != NULL && ended[0] != '\0')
        /* Translators: e.g. "Held on Wed 2 Dec 2026, 10:02 to 11:30." */
        text = g_strdup_printf (_("Held on %s, %s to %s."), date, started, ended);
      else
        /* Translators: e.g. "Held on Wed 2 Dec 2026." */
        text = g_strdup_printf (_("Held on %s."), date);
      gtk_button_set_label (self->held_button, _("Mark as _Not Held…"));
    }
  else
    {
      text = g_strdup (resumable ? _("Presenting ended; not recorded as held yet.")
                                 : _("Not recorded as held yet."));
      gtk_button_set_label (self->held_button, _("_Record as Held…"));
    }

  gtk_label_set_label (self->held_label, text);
  gtk_widget_set_visible (self->resume_button, resumable);
}

static void
update_header (CorroSessionPage *self)
{
  const char *chapter_title = find_chapter_title (self);
  guint number = corro_session_get_chapter (self->session);
  g_autofree char *title = NULL;
  g_autofree char *date = corro_label_date (corro_session_get_date (self->session));
  g_autoptr(GString) subtitle = g_string_new (date);

  if (chapter_title != NULL && chapter_title[0] != '\0')
    /* Translators: a session's heading: the chapter's number and title */
    title = g_strdup_printf (_("Chapter %u · %s"), number, chapter_title);
  else
    title = g_strdup_printf (_("Chapter %u"), number);

  if (corro_session_get_extra (self->session))
    g_string_append_printf (subtitle, " · %s", _("Extra session"));
  g_string_append_printf (subtitle, " · %s", corro_group_get_name (self->group));
  if (!corro_session_get_held (self->session))
    g_string_append_printf (subtitle, " · %s", _("Not held yet"));

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->subtitle_label, subtitle->str);
  update_held_bar (self);
}

static void
focus_tab (CorroSessionPage *self)
{
  const char *tab = adw_view_stack_get_visible_child_name (self->view_stack);

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->focus_on_map = TRUE;
      return;
    }

  self->focus_on_map = FALSE;
  if (g_strcmp0 (tab, "attendance") == 0)
    corro_attendance_view_focus_first (self->attendance);
  else
    {
      GtkWidget *editor = corro_session_notes_get_editor (self->notes, CORRO_REFLECTION_SESSION, 0);

      if (editor != NULL)
        gtk_widget_grab_focus (editor);
    }
}

/* callbacks */

static void
on_session_notify_cb (CorroSessionPage *self)
{
  if (self->title_label == NULL)
    return;

  update_header (self);
}

/* actions */

static void
corro_session_page_show_tab_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  corro_session_page_show_tab (CORRO_SESSION_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
corro_session_page_held_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  CorroSessionPage *self = CORRO_SESSION_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  GtkWidget *dialog;

  dialog = corro_held_dialog_new_for_session (parent, self->records, self->group, self->session);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GtkWidget */

static void
corro_session_page_map (GtkWidget *widget)
{
  CorroSessionPage *self = CORRO_SESSION_PAGE (widget);

  GTK_WIDGET_CLASS (corro_session_page_parent_class)->map (widget);

  if (self->focus_on_map)
    focus_tab (self);
}

/* GObject */

static void
corro_session_page_dispose (GObject *object)
{
  CorroSessionPage *self = (CorroSessionPage *) object;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  self->attendance = NULL;
  self->notes = NULL;

  /* The note editors save what was typed as they go. */
  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_SESSION_PAGE);
  g_clear_object (&self->records);
  g_clear_object (&self->group);
  g_clear_object (&self->session);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (corro_session_page_parent_class)->dispose (object);
}

static void
corro_session_page_class_init (CorroSessionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_session_page_dispose;
  widget_class->map = corro_session_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-session-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroSessionPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, CorroSessionPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, CorroSessionPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CorroSessionPage, attendance_slot);
  gtk_widget_class_bind_template_child (widget_class, CorroSessionPage, notes_slot);
  gtk_widget_class_bind_template_child (widget_class, CorroSessionPage, held_label);
  gtk_widget_class_bind_template_child (widget_class, CorroSessionPage, resume_button);
  gtk_widget_class_bind_template_child (widget_class, CorroSessionPage, held_button);

  gtk_widget_class_install_action (widget_class, "session.show-tab", "s",
                                   corro_session_page_show_tab_action);
  gtk_widget_class_install_action (widget_class, "session.held", NULL,
                                   corro_session_page_held_action);
}

static void
corro_session_page_init (CorroSessionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* public API */

/**
 * corro_session_page_new:
 * @language: the content language, for the chapter's title
 *
 * Returns: a page on the attendance and the notes of @session, which belongs to
 *   @group, loaded (corro_records_load_group())
 */
GtkWidget *
corro_session_page_new (CorroRecords *records,
                        CorroGroup   *group,
                        CorroSession *session,
                        const char   *language)
{
  CorroSessionPage *self;

  g_return_val_if_fail (CORRO_IS_RECORDS (records), NULL);
  g_return_val_if_fail (CORRO_IS_GROUP (group), NULL);
  g_return_val_if_fail (CORRO_IS_SESSION (session), NULL);

  self = g_object_new (CORRO_TYPE_SESSION_PAGE, NULL);
  self->records = g_object_ref (records);
  self->group = g_object_ref (group);
  self->session = g_object_ref (session);
  self->language = g_strdup (language != NULL ? language : "en");

  self->attendance = CORRO_ATTENDANCE_VIEW (corro_attendance_view_new (records, group, session));
  adw_bin_set_child (self->attendance_slot, GTK_WIDGET (self->attendance));
  self->notes = CORRO_SESSION_NOTES (corro_session_notes_new (records, group, session));
  adw_bin_set_child (self->notes_slot, GTK_WIDGET (self->notes));

  g_signal_connect_object (session, "notify",
                           G_CALLBACK (on_session_notify_cb), self, G_CONNECT_SWAPPED);
  /* Resume Presenting shows while this session is the one that can be resumed. */
  if (G_IS_ACTION_GROUP (g_application_get_default ()))
    g_signal_connect_object (g_application_get_default (),
                             "action-enabled-changed::resume-presenting",
                             G_CALLBACK (on_session_notify_cb), self, G_CONNECT_SWAPPED);
  update_header (self);

  return GTK_WIDGET (self);
}

/**
 * corro_session_page_show_tab:
 * @tab: "attendance" or "notes"
 *
 * Shows a tab and puts the keyboard in it: on the first participant not yet marked,
 * or in the note on the session.
 */
void
corro_session_page_show_tab (CorroSessionPage *self,
                             const char       *tab)
{
  g_return_if_fail (CORRO_IS_SESSION_PAGE (self));
  g_return_if_fail (g_strcmp0 (tab, "attendance") == 0 || g_strcmp0 (tab, "notes") == 0);

  adw_view_stack_set_visible_child_name (self->view_stack, tab);
  focus_tab (self);
}

/**
 * corro_session_page_get_tab:
 *
 * Returns: "attendance" or "notes"
 */
const char *
corro_session_page_get_tab (CorroSessionPage *self)
{
  g_return_val_if_fail (CORRO_IS_SESSION_PAGE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * corro_session_page_get_session:
 *
 * Returns: (transfer none): the session shown
 */
CorroSession *
corro_session_page_get_session (CorroSessionPage *self)
{
  g_return_val_if_fail (CORRO_IS_SESSION_PAGE (self), NULL);

  return self->session;
}

/**
 * corro_session_page_save:
 *
 * Saves every note now, e.g. before the window closes. Marks are saved as they are
 * made.
 *
 * Returns: whether everything typed is saved
 */
gboolean
corro_session_page_save (CorroSessionPage *self)
{
  g_return_val_if_fail (CORRO_IS_SESSION_PAGE (self), FALSE);

  return corro_session_notes_save (self->notes);
}
