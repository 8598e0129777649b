/* corro-search-page.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-search-page"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-labels.h"
#include "corro-records.h"
#include "corro-search-page.h"
#include "corro-search-result.h"
#include "corro-store-people.h"

/* Full-text search over the notes, answered off the main thread as the user types, with
 * the matching words highlighted. The families' records and the facilitators' own
 * reflections are searched apart, never together. Searching the families' records
 * finds people too (by name, phone or email), listed above the notes; each opens their
 * page. */
struct _CorroSearchPage
{
  AdwBin          parent_instance;

  /* template widgets */
  GtkSearchEntry *entry;
  GtkDropDown    *scope_dropdown;
  GtkStack       *results_stack;
  GtkListBox     *result_list;
  GtkListBox     *people_list;
  GtkWidget      *people_heading;
  GtkWidget      *notes_heading;

  /* owned */
  CorroRecords   *records;
  GCancellable   *cancellable;
  GListModel     *results;
  GPtrArray      *people;       /* (element-type CorroStoreLookalike) */
  guint           pending;      /* searches not yet answered: notes, people */
};

enum {
  RESULT_ACTIVATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (CorroSearchPage, corro_search_page, ADW_TYPE_BIN)

static guint signals[N_SIGNALS];

static GtkWidget *
create_result_row (gpointer item,
                   gpointer user_data)
{
  CorroSearchResult *result = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *where = corro_search_result_dup_place (result);

  /* The snippet is markup made by the store, with the matches in bold. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 corro_search_result_get_snippet_markup (result));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  {
    g_autofree char *escaped = g_markup_escape_text (where, -1);

    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  }
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row),
                                    corro_search_result_get_session_id (result) > 0);
  g_object_set_data_full (G_OBJECT (row), "result", g_object_ref (result), g_object_unref);

  return row;
}

static GtkWidget *
create_person_row (const CorroStoreLookalike *person)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = NULL;

  if (person->group_name != NULL)
    g_ptr_array_add (parts, g_strdup (person->group_name));
  if (person->participant.phone != NULL && person->participant.phone[0] != '\0')
    g_ptr_array_add (parts, g_strdup (person->participant.phone));
  if (person->participant.email != NULL && person->participant.email[0] != '\0')
    g_ptr_array_add (parts, g_strdup (person->participant.email));
  if (parts->len == 0)
    g_ptr_array_add (parts, g_strdup (_("In no group")));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), person->participant.name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("avatar-default-symbolic"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-person");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", person->participant.id);
  return row;
}

/* Shows what both searches found, once both have answered. */
static void
show_results (CorroSearchPage *self)
{
  guint n_notes = self->results != NULL ? g_list_model_get_n_items (self->results) : 0;
  guint n_people = self->people != NULL ? self->people->len : 0;
  GtkWidget *child;

  if (self->results_stack == NULL || self->pending > 0)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->people_list))) != NULL)
    gtk_list_box_remove (self->people_list, child);
  for (guint i = 0; i < n_people; i++)
    gtk_list_box_append (self->people_list, create_person_row (g_ptr_array_index (self->people, i)));

  gtk_widget_set_visible (self->people_heading, n_people > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->people_list), n_people > 0);
  gtk_widget_set_visible (self->notes_heading, n_notes > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->result_list), n_notes > 0);
  gtk_stack_set_visible_child_name (self->results_stack,
                                    n_notes + n_people > 0 ? "list" : "none");
}

static void
on_people_done_cb (GObject      *source,
                   GAsyncResult *res,
                   gpointer      user_data)
{
  CorroSearchPage *self = user_data;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;

  people = corro_records_search_people_finish (CORRO_RECORDS (source), res, &error);
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && self->pending > 0)
    {
      if (error != NULL)
        g_warning ("People could not be searched: %s", error->message);
      g_clear_pointer (&self->people, g_ptr_array_unref);
      self->people = g_steal_pointer (&people);
      self->pending--;
      show_results (self);
    }
  g_object_unref (self);
}

static void
on_search_done_cb (GObject      *source,
                   GAsyncResult *res,
                   gpointer      user_data)
{
  CorroSearchPage *self = user_data;
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GError) error = NULL;

  results = corro_records_search_finish (CORRO_RECORDS (source), res, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_object_unref (self);
      return;
    }

  if (self->results_stack != NULL && self->pending > 0)
    {
      g_set_object (&self->results, results);
      gtk_list_box_bind_model (self->result_list, results, create_result_row, self, NULL);
      self->pending--;
      show_results (self);
    }

  g_object_unref (self);
}

static void
start_search (CorroSearchPage *self)
{
  g_autofree char *query = NULL;
  CorroNoteScope scope;

  if (self->entry == NULL || self->records == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  query = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  if (query[0] == '\0')
    {
      self->pending = 0;
      gtk_stack_set_visible_child_name (self->results_stack, "hint");
      return;
    }

  scope = gtk_drop_down_get_selected (self->scope_dropdown) == 1 ? CORRO_NOTE_SCOPE_SUPERVISION
                                                                  : CORRO_NOTE_SCOPE_RECORDS;
  self->cancellable = g_cancellable_new ();
  g_clear_pointer (&self->people, g_ptr_array_unref);
  self->pending = 1;
  corro_records_search_async (self->records, query, scope, self->cancellable,
                              on_search_done_cb, g_object_ref (self));
  if (scope == CORRO_NOTE_SCOPE_RECORDS)
    {
      self->pending++;
      corro_records_search_people_async (self->records, query, self->cancellable,
                                         on_people_done_cb, g_object_ref (self));
    }
}

static void
on_result_list_row_activated_cb (CorroSearchPage *self,
                                 GtkListBoxRow   *row)
{
  CorroSearchResult *result = g_object_get_data (G_OBJECT (row), "result");

  if (result != NULL)
    g_signal_emit (self, signals[RESULT_ACTIVATED], 0, result);
}

static void
corro_search_page_dispose (GObject *object)
{
  CorroSearchPage *self = (CorroSearchPage *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_SEARCH_PAGE);
  g_clear_object (&self->results);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_object (&self->records);

  G_OBJECT_CLASS (corro_search_page_parent_class)->dispose (object);
}

static void
corro_search_page_class_init (CorroSearchPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_search_page_dispose;

  /**
   * CorroSearchPage::result-activated:
   * @result: the note chosen
   */
  signals[RESULT_ACTIVATED] =
    g_signal_new ("result-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-search-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroSearchPage, entry);
  gtk_widget_class_bind_template_child (widget_class, CorroSearchPage, scope_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CorroSearchPage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, CorroSearchPage, result_list);
  gtk_widget_class_bind_template_child (widget_class, CorroSearchPage, people_list);
  gtk_widget_class_bind_template_child (widget_class, CorroSearchPage, people_heading);
  gtk_widget_class_bind_template_child (widget_class, CorroSearchPage, notes_heading);
  gtk_widget_class_bind_template_callback (widget_class, start_search);
  gtk_widget_class_bind_template_callback (widget_class, on_result_list_row_activated_cb);
}

static void
corro_search_page_init (CorroSearchPage *self)
{
  g_autoptr(GtkStringList) scopes = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (scopes, _("Families’ records"));
  gtk_string_list_append (scopes, _("Your own reflections"));
  gtk_drop_down_set_model (self->scope_dropdown, G_LIST_MODEL (scopes));
}

GtkWidget *
corro_search_page_new (CorroRecords *records)
{
  CorroSearchPage *self;

  g_return_val_if_fail (CORRO_IS_RECORDS (records), NULL);

  self = g_object_new (CORRO_TYPE_SEARCH_PAGE, NULL);
  self->records = g_object_ref (records);

  return GTK_WIDGET (self);
}

void
corro_search_page_focus (CorroSearchPage *self)
{
  g_return_if_fail (CORRO_IS_SEARCH_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

void
corro_search_page_set_query (CorroSearchPage *self,
                             const char      *query)
{
  g_return_if_fail (CORRO_IS_SEARCH_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), query);
  start_search (self);
}

/**
 * corro_search_page_get_results:
 *
 * Returns: (transfer none) (nullable): the latest results, a list of #CorroSearchResult
 */
GListModel *
corro_search_page_get_results (CorroSearchPage *self)
{
  g_return_val_if_fail (CORRO_IS_SEARCH_PAGE (self), NULL);

  return self->results;
}
