/* corro-typed-text.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-typed-text"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "corro-typed-text.h"

/* Nothing typed is lost by closing a window: a dialog that holds text a person typed
 * asks "Discard the text you typed?" (Keep Editing the default, and what Escape does)
 * before Escape, Cancel or its close button throw the text away. Accepting the dialog
 * (its own response, or gtk_window_destroy() once the text is saved) closes it at once.
 *
 * The text is every entry and text view in the window, compared with what they held
 * when the guard was set, so prefilled values (a date, a group's details) do not count
 * until they are changed. */

typedef struct
{
  GHashTable *initial;        /* (GtkWidget *) borrowed → (char *) owned */
  char       *last_response;  /* an AdwMessageDialog's response, until the close */
  gboolean    keep_open;      /* the next close is refused: saving failed */
  gboolean    discarding;     /* the person chose Discard, or the text was saved */
  guint       deciding;       /* the idle that decides a refused close */
} Guard;

static void
guard_free (gpointer data)
{
  Guard *guard = data;

  g_clear_handle_id (&guard->deciding, g_source_remove);
  g_hash_table_unref (guard->initial);
  g_free (guard->last_response);
  g_free (guard);
}

static Guard *
get_guard (GtkWindow *window)
{
  return g_object_get_data (G_OBJECT (window), "corro-typed-text");
}

/* helpers */

static char *
dup_text (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      if (!gtk_text_view_get_editable (GTK_TEXT_VIEW (widget)))
        return NULL;
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  if (GTK_IS_EDITABLE (widget) && !GTK_IS_PASSWORD_ENTRY (widget)
      && gtk_editable_get_editable (GTK_EDITABLE (widget)))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));

  return NULL;
}

/* Calls @func on every entry and text view below @widget. */
static void
foreach_text (GtkWidget *widget,
              void     (*func) (GtkWidget *widget, const char *text, gpointer data),
              gpointer   data)
{
  g_autofree char *text = dup_text (widget);

  if (text != NULL)
    func (widget, text, data);
  if (GTK_IS_TEXT_VIEW (widget))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    foreach_text (child, func, data);
}

static void
remember_text (GtkWidget  *widget,
               const char *text,
               gpointer    data)
{
  g_hash_table_insert (data, widget, g_strdup (text));
}

typedef struct
{
  GHashTable *initial;
  gboolean    changed;
} Comparison;

static void
compare_text (GtkWidget  *widget,
              const char *text,
              gpointer    data)
{
  Comparison *comparison = data;
  const char *before = g_hash_table_lookup (comparison->initial, widget);
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (before != NULL ? g_strcmp0 (before, text) != 0 : stripped[0] != '\0')
    comparison->changed = TRUE;
}

/* callbacks */

static gboolean
close_discarded_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_discard_response_cb (AdwMessageDialog *question,
                        const char       *response,
                        GtkWindow        *window)
{
  Guard *guard = get_guard (window);

  if (g_strcmp0 (response, "discard") != 0 || guard == NULL)
    return;

  /* Once the question has finished answering: closing its parent destroys it too. */
  guard->discarding = TRUE;
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, close_discarded_cb, g_object_ref (window),
                   g_object_unref);
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                gpointer          user_data)
{
  Guard *guard = get_guard (GTK_WINDOW (dialog));

  g_free (guard->last_response);
  guard->last_response = g_strdup (response);
}

static void
ask_to_discard (GtkWindow *window)
{
  AdwMessageDialog *question;

  question = corro_typed_text_new_question (window,
                                            _("What you typed in this dialog has not been "
                                              "saved."));
  g_signal_connect_object (question, "response", G_CALLBACK (on_discard_response_cb), window, 0);
  gtk_window_present (GTK_WINDOW (question));
}

/* After a refused close: a message dialog's own answer (other than its close response)
 * has been handled by now, whichever order libadwaita closes and answers in, so the
 * dialog closes unless saving failed; Escape, Cancel or the close button ask. */
static gboolean
decide_close_cb (gpointer data)
{
  GtkWindow *window = data;
  Guard *guard = get_guard (window);
  g_autofree char *response = NULL;

  if (guard == NULL)
    return G_SOURCE_REMOVE;

  guard->deciding = 0;
  response = g_steal_pointer (&guard->last_response);
  if (ADW_IS_MESSAGE_DIALOG (window) && response != NULL
      && g_strcmp0 (response, adw_message_dialog_get_close_response (ADW_MESSAGE_DIALOG (window))) != 0)
    {
      if (guard->keep_open)
        guard->keep_open = FALSE;
      else
        {
          guard->discarding = TRUE;
          gtk_window_close (window);
        }
      return G_SOURCE_REMOVE;
    }

  ask_to_discard (window);
  return G_SOURCE_REMOVE;
}

static gboolean
on_close_request_cb (GtkWindow *window,
                     gpointer   user_data)
{
  Guard *guard = get_guard (window);

  if (guard->discarding || !corro_typed_text_is_changed (window))
    return FALSE;

  if (guard->deciding == 0)
    guard->deciding = g_idle_add_full (G_PRIORITY_HIGH_IDLE, decide_close_cb,
                                       g_object_ref (window), g_object_unref);
  return TRUE;
}

/* public API */

/**
 * corro_typed_text_guard:
 * @window: a dialog, with its entries filled in as it opens
 *
 * From now on, closing @window without its text saved asks first. Call it once the
 * dialog's entries hold what it opens with; calling it again takes what they hold then
 * as the text that is not new.
 */
void
corro_typed_text_guard (GtkWindow *window)
{
  Guard *guard;

  g_return_if_fail (GTK_IS_WINDOW (window));

  guard = get_guard (window);
  if (guard != NULL)
    {
      g_hash_table_remove_all (guard->initial);
      foreach_text (GTK_WIDGET (window), remember_text, guard->initial);
      return;
    }

  guard = g_new0 (Guard, 1);
  guard->initial = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  foreach_text (GTK_WIDGET (window), remember_text, guard->initial);
  g_object_set_data_full (G_OBJECT (window), "corro-typed-text", guard, guard_free);

  if (ADW_IS_MESSAGE_DIALOG (window))
    g_signal_connect (window, "response", G_CALLBACK (on_response_cb), NULL);
  g_signal_connect (window, "close-request", G_CALLBACK (on_close_request_cb), NULL);
}

/**
 * corro_typed_text_is_changed:
 *
 * Returns: whether @window holds text typed since corro_typed_text_guard()
 */
gboolean
corro_typed_text_is_changed (GtkWindow *window)
{
  Guard *guard;
  Comparison comparison = { NULL, FALSE };

  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);

  guard = get_guard (window);
  if (guard == NULL)
    return FALSE;

  comparison.initial = guard->initial;
  foreach_text (GTK_WIDGET (window), compare_text, &comparison);
  return comparison.changed;
}

/**
 * corro_typed_text_keep_open:
 *
 * Keeps a message dialog open after its response when it holds typed text: for a
 * response that could not save it, so that the dialog stays, text and all, for the
 * person to correct.
 *
 * Returns: (transfer none): the window to show why on: @window when it stays open,
 *   else the window it belongs to
 */
GtkWindow *
corro_typed_text_keep_open (GtkWindow *window)
{
  Guard *guard;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  guard = get_guard (window);
  if (guard == NULL || !corro_typed_text_is_changed (window))
    return gtk_window_get_transient_for (window);

  guard->keep_open = TRUE;
  return window;
}

/**
 * corro_typed_text_new_question:
 * @parent: (nullable): the window the question is about
 * @body: what would be lost
 *
 * The question asked before typed text is thrown away, "Discard the Text You Typed?",
 * with Keep Editing (the default, and what Escape does) and a destructive Discard, the
 * responses "keep" and "discard". It is not shown yet.
 *
 * Returns: (transfer none): the question, owned by GTK's list of windows
 */
AdwMessageDialog *
corro_typed_text_new_question (GtkWindow  *parent,
                               const char *body)
{
  AdwMessageDialog *question;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  question = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent,
                                                         _("Discard the Text You Typed?"),
                                                         body));
  adw_message_dialog_add_responses (question,
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (question, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (question, "keep");
  adw_message_dialog_set_close_response (question, "keep");
  return question;
}
