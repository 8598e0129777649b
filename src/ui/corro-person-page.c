/* corro-person-page.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-person-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "corro-date.h"
#include "corro-group.h"
#include "corro-history.h"
#include "corro-labels.h"
#include "corro-person-page-private.h"
#include "corro-person-rights.h"
#include "corro-records.h"
#include "corro-session.h"
#include "corro-store-people.h"

/* A person's whole file on one page: their details, saved as they are typed (as notes
 * are), their groups with enrolment and pre-group contacts, their attendance, the notes
 * about them (each opens its session's notes), the history of the record in plain
 * words, and their rights: export, merge with another record of them, erase. */

#define SAVE_DELAY_MS 600


G_DEFINE_FINAL_TYPE (CorroPersonPage, corro_person_page, ADW_TYPE_BIN)

enum {
  NOTE_ACTIVATED,
  ERASED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The languages offered, by their names; the records keep the codes. */
static const char * const language_codes[] = { "", "en", "es" };

/* helpers */

static void
add_row (CorroPersonPage     *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, g_object_ref (row));
}

static void
clear_rows (CorroPersonPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

GtkWidget *
_corro_person_page_new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
add_empty_row (CorroPersonPage     *self,
               AdwPreferencesGroup *group,
               const char          *text)
{
  GtkWidget *row = _corro_person_page_new_row (text, NULL);

  gtk_widget_add_css_class (row, "dim-label");
  add_row (self, group, row);
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static char *
dup_entry (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

void
_corro_person_page_show_status (CorroPersonPage *self,
             const char      *text,
             gboolean         error)
{
  gtk_label_set_label (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL && text[0] != '\0');
  if (error)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "dim-label");
    }
}

static void
mark_row (AdwEntryRow *row,
          gboolean     wrong)
{
  if (wrong)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* A light check: something before and after one "@", a dot in the domain, no spaces. */
static gboolean
email_looks_right (const char *email)
{
  const char *at = strchr (email, '@');

  if (email[0] == '\0')
    return TRUE;
  return at != NULL && at != email && strchr (at + 1, '@') == NULL &&
         strchr (at + 1, '.') != NULL && at[1] != '.' &&
         email[strlen (email) - 1] != '.' && strpbrk (email, " \t") == NULL;
}

/* Digits with the usual separators, and enough digits to be a number. */
static gboolean
phone_looks_right (const char *phone)
{
  guint digits = 0;

  if (phone[0] == '\0')
    return TRUE;
  for (const char *p = phone; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (strchr ("+-() ./", *p) == NULL)
        return FALSE;
    }
  return digits >= 6;
}

/* The details as typed, or %FALSE with what is wrong said on the page. */
static gboolean
collect_details (CorroPersonPage       *self,
                 CorroStoreParticipant *details)
{
  g_autofree char *age = dup_entry (self->age_row);
  guint language = adw_combo_row_get_selected (self->language_row);
  g_autofree char *not_a_date = NULL;
  const char *wrong = NULL;
  guint64 months = 0;

  details->id = self->participant_id;
  details->name = dup_entry (self->name_row);
  details->relationship = adw_combo_row_get_selected (self->relationship_row);
  details->phone = dup_entry (self->phone_row);
  details->email = dup_entry (self->email_row);
  details->consent_date = g_strdup (corro_date_row_get_date (self->consent_date_row));
  details->consent_scope = dup_entry (self->consent_scope_row);
  if (language < G_N_ELEMENTS (language_codes))
    details->language = g_strdup (language_codes[language]);
  else
    details->language = g_strdup (self->other_language != NULL ? self->other_language : "");

  mark_row (self->name_row, details->name[0] == '\0');
  if (details->name[0] == '\0')
    wrong = _("A participant needs a name (a code is fine).");

  mark_row (self->age_row, FALSE);
  details->child_age_months = -1;
  if (age[0] != '\0')
    {
      if (!g_ascii_string_to_unsigned (age, 10, 0, 300, &months, NULL))
        {
          mark_row (self->age_row, TRUE);
          wrong = wrong != NULL ? wrong
                                : _("The child’s age is a number of months, from 0 to 300.");
        }
      else
        details->child_age_months = (int) months;
    }

  mark_row (self->phone_row, !phone_looks_right (details->phone));
  if (!phone_looks_right (details->phone) && wrong == NULL)
    wrong = _("A phone number has digits, and may have spaces, “+”, “-” or brackets.");
  mark_row (self->email_row, !email_looks_right (details->email));
  if (!email_looks_right (details->email) && wrong == NULL)
    wrong = _("An email address looks like name@example.org.");
  /* The date row marks itself and says how to write a date. */
  if (!corro_date_row_is_valid (self->consent_date_row) && wrong == NULL)
    wrong = not_a_date = corro_date_dup_not_a_date (
      gtk_editable_get_text (GTK_EDITABLE (self->consent_date_row)));

  if (wrong != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Not saved yet: %s What you typed is kept."),
                                               wrong);

      _corro_person_page_show_status (self, text, TRUE);
      return FALSE;
    }
  return TRUE;
}

static void
fill_details (CorroPersonPage *self)
{
  const CorroStoreParticipant *details = self->person->participant;
  const char *language = details->language != NULL ? details->language : "";
  g_autofree char *age = details->child_age_months >= 0
                         ? g_strdup_printf ("%d", details->child_age_months) : g_strdup ("");
  guint selected = G_N_ELEMENTS (language_codes);

  self->loading = TRUE;
  set_text (self->name_row, details->name);
  adw_combo_row_set_selected (self->relationship_row, details->relationship);
  set_text (self->age_row, age);
  set_text (self->phone_row, details->phone);
  set_text (self->email_row, details->email);
  corro_date_row_set_date (self->consent_date_row, details->consent_date);
  set_text (self->consent_scope_row, details->consent_scope);

  for (guint i = 0; i < G_N_ELEMENTS (language_codes); i++)
    if (g_ascii_strncasecmp (language, language_codes[i], 2) == 0 &&
        (i > 0 || language[0] == '\0'))
      selected = i;
  g_clear_pointer (&self->other_language, g_free);
  if (selected == G_N_ELEMENTS (language_codes))
    {
      self->other_language = g_strdup (language);
      gtk_string_list_append (self->languages, corro_label_language (language));
    }
  adw_combo_row_set_selected (self->language_row, selected);
  self->loading = FALSE;
}

static void
fill_groups (CorroPersonPage *self)
{
  GPtrArray *enrolments = self->person->enrolments;

  if (enrolments->len == 0)
    add_empty_row (self, self->groups_group, _("In no group"));

  for (guint i = 0; i < enrolments->len; i++)
    {
      CorroStorePersonEnrolment *enrolment = g_ptr_array_index (enrolments, i);
      GtkWidget *row = adw_expander_row_new ();
      g_autofree char *referred = corro_label_date (enrolment->enrolment.referral_date);
      g_autofree char *subtitle = NULL;

      if (enrolment->enrolment.referral_source != NULL &&
          enrolment->enrolment.referral_source[0] != '\0')
        /* Translators: enrolment status · who referred them · when, e.g.
         * "Enrolled · referred by Health visitor on Tue 3 Mar 2026" */
        subtitle = g_strdup_printf (_("%s · referred by %s on %s"),
                                    corro_label_enrolment_status (enrolment->enrolment.status),
                                    enrolment->enrolment.referral_source, referred);
      else
        /* Translators: enrolment status · when referred, e.g.
         * "Enrolled · referred on Tue 3 Mar 2026" */
        subtitle = g_strdup_printf (_("%s · referred on %s"),
                                    corro_label_enrolment_status (enrolment->enrolment.status),
                                    referred);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), enrolment->group_name);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
      if (enrolment->enrolment.status == CORRO_ENROLMENT_WITHDRAWN &&
          enrolment->enrolment.status_reason != NULL &&
          enrolment->enrolment.status_reason[0] != '\0')
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                  _corro_person_page_new_row (_("Why they withdrew"),
                                           enrolment->enrolment.status_reason));
      if (enrolment->contacts->len == 0)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                  _corro_person_page_new_row (_("No pre-group contact logged"), NULL));
      for (guint j = 0; j < enrolment->contacts->len; j++)
        {
          CorroStoreContact *contact = g_ptr_array_index (enrolment->contacts, j);
          g_autofree char *date = corro_label_date (contact->date);
          /* Translators: a pre-group contact: how · when, e.g. "By phone · Tue 3 Mar 2026" */
          g_autofree char *title = g_strdup_printf (_("%s · %s"),
                                                    corro_label_contact_method (contact->method),
                                                    date);

          adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                    _corro_person_page_new_row (title, contact->note != NULL &&
                                                    contact->note[0] != '\0'
                                                    ? contact->note : NULL));
        }
      add_row (self, self->groups_group, row);
    }
}

static void
fill_attendance (CorroPersonPage *self)
{
  GPtrArray *marks = self->person->marks;

  if (marks->len == 0)
    add_empty_row (self, self->attendance_group, _("No attendance marked yet"));

  for (guint i = 0; i < marks->len; i++)
    {
      CorroStorePersonMark *mark = g_ptr_array_index (marks, i);
      /* Translators: a group's name and a chapter, e.g. "Grupo Martes · Chapter 3" */
      g_autofree char *title = g_strdup_printf (_("%s · Chapter %u"), mark->group_name,
                                                mark->chapter);
      g_autofree char *date = corro_label_date (mark->date);
      GtkWidget *row = _corro_person_page_new_row (title, date);
      GtkWidget *word = gtk_label_new (corro_label_attendance_mark (mark->mark));

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), word);
      add_row (self, self->attendance_group, row);
    }
}

static void
fill_notes (CorroPersonPage *self)
{
  GPtrArray *notes = self->person->notes;

  if (notes->len == 0)
    add_empty_row (self, self->notes_group, _("No notes about them yet"));

  for (guint i = 0; i < notes->len; i++)
    {
      CorroStorePersonNote *note = g_ptr_array_index (notes, i);
      const char *text = note->note->text != NULL ? note->note->text : "";
      g_autofree char *first = g_strndup (text, strcspn (text, "\n"));
      g_autofree char *date = corro_label_date (note->session_date);
      g_autofree char *subtitle = NULL;
      const char *state = note->note->finalised_at != NULL ? _("Finalised") : _("Draft");
      GtkWidget *row;

      if (note->group_name != NULL)
        /* Translators: where a note was written and its state, e.g.
         * "Grupo Martes · Chapter 3 · Tue 3 Mar 2026 · Draft" */
        subtitle = g_strdup_printf (_("%s · Chapter %u · %s · %s"), note->group_name,
                                    note->chapter, date, state);
      else
        subtitle = g_strdup (state);

      row = _corro_person_page_new_row (first[0] != '\0' ? first : _("(empty note)"), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
      if (note->note->session_id > 0)
        {
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "person.open-note");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", note->note->session_id);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     gtk_image_new_from_icon_name ("go-next-symbolic"));
        }
      add_row (self, self->notes_group, row);
    }
}

static void
fill_history (CorroPersonPage *self)
{
  GPtrArray *history = self->person->history;

  /* Newest first: what changed last is what a reader looks for. */
  for (guint i = history->len; i > 0; i--)
    {
      CorroStoreAuditEntry *entry = g_ptr_array_index (history, i - 1);
      g_autofree char *description = corro_history_dup_description (self->person, entry);
      g_autofree char *when = corro_history_dup_when (entry);

      add_row (self, self->history_group, _corro_person_page_new_row (description, when));
    }
}

gboolean
_corro_person_page_load (CorroPersonPage  *self,
      gboolean          details,
      GError          **error)
{
  CorroStorePerson *person;

  if (!(person = corro_records_load_person (self->records, self->participant_id, error)))
    return FALSE;

  g_clear_pointer (&self->person, corro_store_person_free);
  self->person = person;
  clear_rows (self);
  if (details)
    fill_details (self);
  fill_groups (self);
  fill_attendance (self);
  fill_notes (self);
  fill_history (self);
  return TRUE;
}

gboolean
_corro_person_page_save_now (CorroPersonPage *self)
{
  CorroStoreParticipant details = { 0 };
  g_autoptr(GError) error = NULL;
  gboolean saved = FALSE;

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->person == NULL)
    return FALSE;

  if (collect_details (self, &details))
    {
      if (corro_records_save_person (self->records, &details, &error))
        {
          saved = TRUE;
          _corro_person_page_show_status (self, _("Saved."), FALSE);
          if (!self->disposing && !_corro_person_page_load (self, FALSE, &error))
            _corro_person_page_show_status (self, error->message, TRUE);
        }
      else
        {
          g_autofree char *text = g_strdup_printf (_("Not saved yet: %s What you typed is "
                                                     "kept."), error->message);

          _corro_person_page_show_status (self, text, TRUE);
        }
    }
  corro_store_participant_clear (&details);
  return saved;
}

/* callbacks */

static gboolean
on_save_timeout_cb (gpointer user_data)
{
  CorroPersonPage *self = user_data;

  self->save_id = 0;
  _corro_person_page_save_now (self);
  return G_SOURCE_REMOVE;
}

static void
on_detail_changed_cb (CorroPersonPage *self)
{
  if (self->loading || self->person == NULL)
    return;

  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, on_save_timeout_cb, self);
}

static void
on_erased_cb (gpointer user_data)
{
  GWeakRef *ref = user_data;
  g_autoptr(CorroPersonPage) self = g_weak_ref_get (ref);

  g_weak_ref_clear (ref);
  g_free (ref);
  if (self != NULL)
    {
      g_clear_handle_id (&self->save_id, g_source_remove);
      g_clear_pointer (&self->person, corro_store_person_free);
      g_signal_emit (self, signals[ERASED], 0);
    }
}

/* actions */

static void
corro_person_page_export_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  CorroPersonPage *self = CORRO_PERSON_PAGE (widget);

  _corro_person_page_save_now (self);
  corro_person_rights_export (widget, self->records, self->participant_id);
}

static void
corro_person_page_erase_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  CorroPersonPage *self = CORRO_PERSON_PAGE (widget);
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, self);
  corro_person_rights_erase (widget, self->records, self->participant_id,
                             G_CALLBACK (on_erased_cb), ref);
}

static void
corro_person_page_open_note_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  CorroPersonPage *self = CORRO_PERSON_PAGE (widget);
  gint64 session_id = g_variant_get_int64 (parameter);

  if (self->person == NULL)
    return;

  /* The note's session is in one of their groups. */
  for (guint i = 0; i < self->person->enrolments->len; i++)
    {
      CorroStorePersonEnrolment *enrolment = g_ptr_array_index (self->person->enrolments, i);
      CorroGroup *group = corro_records_find_group (self->records,
                                                    enrolment->enrolment.group_id);
      g_autoptr(GError) error = NULL;
      CorroSession *session;

      if (group == NULL)
        continue;
      if (!corro_group_get_loaded (group) &&
          !corro_records_load_group (self->records, group, &error))
        {
          _corro_person_page_show_status (self, error->message, TRUE);
          return;
        }
      if ((session = corro_group_find_session (group, session_id)) != NULL)
        {
          _corro_person_page_save_now (self);
          g_signal_emit (self, signals[NOTE_ACTIVATED], 0, group, session);
          return;
        }
    }
}

static void
corro_person_page_save_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  _corro_person_page_save_now (CORRO_PERSON_PAGE (widget));
}

/* GObject */

static void
corro_person_page_dispose (GObject *object)
{
  CorroPersonPage *self = CORRO_PERSON_PAGE (object);

  /* Whatever was typed and not yet saved is saved now. */
  self->disposing = TRUE;
  if (self->save_id != 0)
    _corro_person_page_save_now (self);
  g_clear_handle_id (&self->save_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_PERSON_PAGE);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->person, corro_store_person_free);
  g_clear_pointer (&self->other_language, g_free);
  g_clear_object (&self->languages);
  g_clear_object (&self->records);

  G_OBJECT_CLASS (corro_person_page_parent_class)->dispose (object);
}

static void
corro_person_page_class_init (CorroPersonPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (CORRO_TYPE_DATE_ROW);

  object_class->dispose = corro_person_page_dispose;

  /**
   * CorroPersonPage::note-activated:
   * @group: the group of the note's session
   * @session: the session the note was written for
   */
  signals[NOTE_ACTIVATED] =
    g_signal_new ("note-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, CORRO_TYPE_GROUP, CORRO_TYPE_SESSION);

  /**
   * CorroPersonPage::erased:
   *
   * Their records were erased: the page has nothing left to show.
   */
  signals[ERASED] =
    g_signal_new ("erased",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/corro/Corro/ui/corro-person-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroPersonPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, CorroPersonPage, relationship_row);
  gtk_widget_class_bind_template_child (widget_class, CorroPersonPage, age_row);
  gtk_widget_class_bind_template_child (widget_class, CorroPersonPage, language_row);
  gtk_widget_class_bind_template_child (widget_class, CorroPersonPage, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CorroPersonPage, email_row);
  gtk_widget_class_bind_template_child (widget_class, CorroPersonPage, consent_date_row);
  gtk_widget_class_bind_template_child (widget_class, CorroPersonPage, consent_scope_row);
  gtk_widget_class_bind_template_child (widget_class, CorroPersonPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, CorroPersonPage, groups_group);
  gtk_widget_class_bind_template_child (widget_class, CorroPersonPage, attendance_group);
  gtk_widget_class_bind_template_child (widget_class, CorroPersonPage, notes_group);
  gtk_widget_class_bind_template_child (widget_class, CorroPersonPage, history_group);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_changed_cb);

  gtk_widget_class_install_action (widget_class, "person.export", NULL,
                                   corro_person_page_export_action);
  gtk_widget_class_install_action (widget_class, "person.erase", NULL,
                                   corro_person_page_erase_action);
  gtk_widget_class_install_action (widget_class, "person.merge", NULL,
                                   _corro_person_page_merge_action);
  gtk_widget_class_install_action (widget_class, "person.save", NULL,
                                   corro_person_page_save_action);
  gtk_widget_class_install_action (widget_class, "person.open-note", "x",
                                   corro_person_page_open_note_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "person.save", NULL);
}

static void
corro_person_page_init (CorroPersonPage *self)
{
  g_autoptr(GtkStringList) relationships = gtk_string_list_new (NULL);

  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = CORRO_RELATIONSHIP_UNKNOWN; i <= CORRO_RELATIONSHIP_OTHER; i++)
    gtk_string_list_append (relationships, corro_label_relationship (i));
  self->loading = TRUE;
  adw_combo_row_set_model (self->relationship_row, G_LIST_MODEL (relationships));
  self->languages = gtk_string_list_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (language_codes); i++)
    gtk_string_list_append (self->languages, corro_label_language (language_codes[i]));
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (self->languages));
  self->loading = FALSE;
  _corro_person_page_show_status (self, NULL, FALSE);
}

/* public API */

/**
 * corro_person_page_new:
 * @participant_id: whose page
 *
 * Returns: (transfer floating): their page, read from the records; a page saying
 *   why when they cannot be read
 */
GtkWidget *
corro_person_page_new (CorroRecords *records,
                       gint64        participant_id)
{
  CorroPersonPage *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CORRO_IS_RECORDS (records), NULL);

  self = g_object_new (CORRO_TYPE_PERSON_PAGE, NULL);
  self->records = g_object_ref (records);
  self->participant_id = participant_id;
  if (!_corro_person_page_load (self, TRUE, &error))
    {
      /* Not bound as a template child: dispose_template would unparent AdwBin's child
       * behind its back. */
      gtk_widget_set_sensitive (adw_bin_get_child (ADW_BIN (self)), FALSE);
      _corro_person_page_show_status (self, error->message, TRUE);
    }
  return GTK_WIDGET (self);
}

gint64
corro_person_page_get_participant (CorroPersonPage *self)
{
  g_return_val_if_fail (CORRO_IS_PERSON_PAGE (self), 0);

  return self->participant_id;
}

/**
 * corro_person_page_get_name:
 *
 * Returns: (nullable): their name as saved
 */
const char *
corro_person_page_get_name (CorroPersonPage *self)
{
  g_return_val_if_fail (CORRO_IS_PERSON_PAGE (self), NULL);

  return self->person != NULL ? self->person->participant->name : NULL;
}

/**
 * corro_person_page_save:
 *
 * Saves what was typed now, rather than after the pause in typing.
 *
 * Returns: whether it was saved (when it is wrong, the page says why)
 */
gboolean
corro_person_page_save (CorroPersonPage *self)
{
  g_return_val_if_fail (CORRO_IS_PERSON_PAGE (self), FALSE);

  return _corro_person_page_save_now (self);
}
