/* corro-clip-state.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-clip-state"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-chapter.h"
#include "corro-clip-check.h"
#include "corro-clip-state.h"
#include "corro-preflight-dialog.h"
#include "corro-programme.h"
#include "corro-store.h"

/* Whether a chapter's clips are ready to play, looked at in the background: "The
 * chapter's clips are ready to play." or "1 of 2 clips is not ready to play.", with
 * Check Clips… for the pre-flight list and its fixes. Hidden when the chapter has no
 * clip. A @context ("Next session, Chapter 2") goes before the words. */
struct _CorroClipState
{
  GtkBox          parent_instance;

  /* template widgets */
  GtkImage       *icon;
  GtkLabel       *label;

  /* owned */
  CorroStore     *store;
  CorroProgramme *programme;
  CorroChapter   *chapter;
  char           *variant;
  char           *language;
  char           *context;
  GCancellable   *cancellable;
  gboolean        ready;
};

G_DEFINE_FINAL_TYPE (CorroClipState, corro_clip_state, GTK_TYPE_BOX)

/* callbacks */

static void
on_check_run_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(CorroClipState) self = user_data;
  CorroClipCheck *check = CORRO_CLIP_CHECK (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *state = NULL;
  g_autofree char *text = NULL;
  guint n_problems;
  guint n;

  if (!corro_clip_check_run_finish (check, result, &error) || self->label == NULL)
    return;

  n = corro_clip_check_get_n_clips (check);
  n_problems = corro_clip_check_get_n_problems (check);
  if (n_problems == 0)
    state = g_strdup (ngettext ("The chapter’s clip is ready to play.",
                                "The chapter’s clips are ready to play.", n));
  else
    /* Translators: "1 of 2 clips is not ready to play" */
    state = g_strdup_printf (ngettext ("%u of %u clips is not ready to play.",
                                       "%u of %u clips are not ready to play.", n_problems),
                             n_problems, n);
  text = self->context != NULL
           /* Translators: which session, then whether its clips are ready, e.g. "Next
            * session, Chapter 2: 1 of 1 clips is not ready to play." */
           ? g_strdup_printf (_("%s: %s"), self->context, state)
           : g_steal_pointer (&state);

  self->ready = n_problems == 0;
  gtk_label_set_label (self->label, text);
  gtk_image_set_from_icon_name (self->icon, self->ready ? "emblem-ok-symbolic"
                                                        : "dialog-warning-symbolic");
  gtk_widget_remove_css_class (GTK_WIDGET (self->icon), self->ready ? "warning" : "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->icon), self->ready ? "success" : "warning");
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

static void
run_check (CorroClipState *self)
{
  g_autoptr(CorroClipCheck) check = NULL;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->chapter == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  check = corro_preflight_collect (self->store, self->programme, self->chapter, self->variant,
                                   self->language);
  if (corro_clip_check_get_n_clips (check) == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  self->cancellable = g_cancellable_new ();
  corro_clip_check_run_async (check, self->cancellable, on_check_run_cb, g_object_ref (self));
}

static void
corro_clip_state_check_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  CorroClipState *self = CORRO_CLIP_STATE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  CorroPreflightDialog *dialog;

  if (self->chapter == NULL)
    return;

  dialog = corro_preflight_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       self->store, self->programme, self->chapter,
                                       self->variant, self->language, FALSE);
  /* A file chosen there shows here when it closes. */
  g_signal_connect_object (dialog, "response", G_CALLBACK (run_check), self, G_CONNECT_SWAPPED);
  corro_preflight_dialog_start (dialog);
}

/* GObject */

static void
corro_clip_state_dispose (GObject *object)
{
  CorroClipState *self = CORRO_CLIP_STATE (object);

  corro_clip_state_clear (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_CLIP_STATE);

  G_OBJECT_CLASS (corro_clip_state_parent_class)->dispose (object);
}

static void
corro_clip_state_finalize (GObject *object)
{
  CorroClipState *self = CORRO_CLIP_STATE (object);

  g_free (self->variant);
  g_free (self->language);
  g_free (self->context);

  G_OBJECT_CLASS (corro_clip_state_parent_class)->finalize (object);
}

static void
corro_clip_state_class_init (CorroClipStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_clip_state_dispose;
  object_class->finalize = corro_clip_state_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-clip-state.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroClipState, icon);
  gtk_widget_class_bind_template_child (widget_class, CorroClipState, label);
  gtk_widget_class_install_action (widget_class, "clip-state.check", NULL,
                                   corro_clip_state_check_action);
}

static void
corro_clip_state_init (CorroClipState *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* public API */

/**
 * corro_clip_state_check:
 * @store: (nullable): the open store, for the files linked to the clips
 * @context: (nullable): what the state is about, put before it
 *
 * Looks at @chapter's clips as presenting it at @variant would play them, in the
 * background, and says what it found.
 */
void
corro_clip_state_check (CorroClipState *self,
                        CorroStore     *store,
                        CorroProgramme *programme,
                        CorroChapter   *chapter,
                        const char     *variant,
                        const char     *language,
                        const char     *context)
{
  g_return_if_fail (CORRO_IS_CLIP_STATE (self));
  g_return_if_fail (CORRO_IS_PROGRAMME (programme));
  g_return_if_fail (CORRO_IS_CHAPTER (chapter));

  g_set_object (&self->store, store);
  g_set_object (&self->programme, programme);
  g_set_object (&self->chapter, chapter);
  g_free (self->variant);
  self->variant = g_strdup (variant);
  g_free (self->language);
  self->language = g_strdup (language);
  g_free (self->context);
  self->context = g_strdup (context);
  run_check (self);
}

/**
 * corro_clip_state_clear:
 *
 * Stops looking and hides the state (no chapter to present).
 */
void
corro_clip_state_clear (CorroClipState *self)
{
  g_return_if_fail (CORRO_IS_CLIP_STATE (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->programme);
  g_clear_object (&self->chapter);
  self->ready = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/**
 * corro_clip_state_get_text:
 *
 * Returns: what the state says now ("" before the first look has finished)
 */
const char *
corro_clip_state_get_text (CorroClipState *self)
{
  g_return_val_if_fail (CORRO_IS_CLIP_STATE (self), NULL);

  return gtk_label_get_label (self->label);
}

/**
 * corro_clip_state_is_ready:
 *
 * Returns: whether the last look found every clip ready to play
 */
gboolean
corro_clip_state_is_ready (CorroClipState *self)
{
  g_return_val_if_fail (CORRO_IS_CLIP_STATE (self), FALSE);

  return self->ready;
}
