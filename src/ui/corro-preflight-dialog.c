/* corro-preflight-dialog.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-preflight-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-chapter.h"
#include "corro-clip-check.h"
#include "corro-pause-point.h"
#include "corro-preflight-dialog.h"
#include "corro-programme.h"
#include "corro-segment.h"
#include "corro-store.h"

/* Before presenting, every clip the chapter plays is looked at in the background. When
 * all are ready the presentation starts at once and this dialog is never seen; while
 * the check takes longer than a moment it shows a spinner; when a clip is not ready it
 * lists each with what is wrong and its fix (Choose File…, or the package to install),
 * and offers Present Anyway or Cancel. */

#define SPINNER_DELAY_MS 300
/* The list scrolls past this height, so that the dialog fits a 1024×600 screen. */
#define LIST_MAX_HEIGHT 280

struct _CorroPreflightDialog
{
  AdwMessageDialog  parent_instance;

  /* template widgets */
  GtkStack         *stack;
  GtkScrolledWindow *scroller;
  GtkListBox       *clip_list;

  /* owned */
  CorroStore       *store;
  CorroProgramme   *programme;
  CorroChapter     *chapter;
  char             *variant;
  char             *language;
  CorroClipCheck   *check;
  GCancellable     *cancellable;
  GtkNativeDialog  *chooser;
  guint             spinner_id;
  gboolean          presenting;
  gboolean          checking;
  gboolean          listed;      /* the clips were listed: a later check only lists */
};

enum
{
  SIGNAL_PROCEED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CorroPreflightDialog, corro_preflight_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void run_check (CorroPreflightDialog *self);

/* helpers */

static const char *
clip_title (CorroProgramme *programme,
            const char     *key,
            const char     *language)
{
  for (guint i = 0; i < corro_programme_get_n_clips (programme); i++)
    if (g_strcmp0 (corro_programme_get_clip_key (programme, i), key) == 0)
      {
        const char *title = corro_programme_get_clip_title (programme, i, language);

        return title != NULL && title[0] != '\0' ? title : key;
      }

  return key;
}

static const char *
result_icon (CorroClipCheckResult result)
{
  switch (result)
    {
    case CORRO_CLIP_CHECK_READY:
      return "emblem-ok-symbolic";
    case CORRO_CLIP_CHECK_UNPLAYABLE:
      return "dialog-error-symbolic";
    case CORRO_CLIP_CHECK_NOT_LINKED:
    case CORRO_CLIP_CHECK_MISSING:
    case CORRO_CLIP_CHECK_TOO_SHORT:
    default:
      return "dialog-warning-symbolic";
    }
}

static GtkWidget *
create_row (CorroPreflightDialog *self,
            guint                 index)
{
  CorroClipCheckResult result = corro_clip_check_get_result (self->check, index);
  const char *message = corro_clip_check_get_message (self->check, index);
  const char *key = corro_clip_check_get_key (self->check, index);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (result_icon (result));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 corro_clip_check_get_title (self->check, index));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               message != NULL ? message : _("Ready to play."));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_name (row, key);

  gtk_widget_add_css_class (icon, result == CORRO_CLIP_CHECK_READY ? "success"
                                  : result == CORRO_CLIP_CHECK_UNPLAYABLE ? "error"
                                  : "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  /* The fix: another file for the clip. A missing decoder's message names the package
   * to install; a file in another format is the other way out. */
  if (result != CORRO_CLIP_CHECK_READY)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("C_hoose File…"));
      g_autofree char *name = g_strdup_printf (_("Choose a File for %s"),
                                               corro_clip_check_get_title (self->check, index));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "preflight.choose-file");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", key);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  return row;
}

static void
show_results (CorroPreflightDialog *self)
{
  guint n_problems = corro_clip_check_get_n_problems (self->check);
  guint n = corro_clip_check_get_n_clips (self->check);
  g_autofree char *heading = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->clip_list))) != NULL)
    gtk_list_box_remove (self->clip_list, child);

  /* The clips that are not ready first, in the plan's order. */
  for (guint ready = 0; ready < 2; ready++)
    for (guint i = 0; i < n; i++)
      if ((corro_clip_check_get_result (self->check, i) == CORRO_CLIP_CHECK_READY) == ready)
        gtk_list_box_append (self->clip_list, create_row (self, i));

  /* A window shown already only grows to its minimum size: ask for the list's own
   * height, up to what still fits on a small screen. */
  {
    int natural = 0;

    gtk_widget_measure (GTK_WIDGET (self->clip_list), GTK_ORIENTATION_VERTICAL,
                        gtk_widget_get_width (GTK_WIDGET (self->stack)) > 0
                        ? gtk_widget_get_width (GTK_WIDGET (self->stack)) : 460,
                        NULL, &natural, NULL, NULL);
    gtk_scrolled_window_set_min_content_height (self->scroller, MIN (natural, LIST_MAX_HEIGHT));
  }

  if (n_problems > 0)
    {
      heading = g_strdup_printf (ngettext ("%u Clip Is Not Ready", "%u Clips Are Not Ready",
                                           n_problems), n_problems);
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                                   self->presenting
                                   ? ngettext ("Fix it now, before the group arrives, or "
                                               "present without it: a clip that is not ready "
                                               "will not play.",
                                               "Fix them now, before the group arrives, or "
                                               "present without them: a clip that is not "
                                               "ready will not play.", n_problems)
                                   : ngettext ("Fix it before presenting: a clip that is not "
                                               "ready will not play.",
                                               "Fix them before presenting: a clip that is "
                                               "not ready will not play.", n_problems));
    }
  else
    {
      heading = g_strdup (n == 1 ? _("The Clip Is Ready") : _("All Clips Are Ready"));
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), "");
    }
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);

  if (self->presenting)
    {
      adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "present",
                                             n_problems > 0 ? _("Present _Anyway")
                                                            : _("_Present"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "present",
                                                  n_problems > 0 ? ADW_RESPONSE_DESTRUCTIVE
                                                                 : ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "present", TRUE);
    }
  gtk_stack_set_visible_child_name (self->stack, "problems");
}

static void
proceed (CorroPreflightDialog *self)
{
  g_object_ref (self);
  g_signal_emit (self, signals[SIGNAL_PROCEED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

/* callbacks */

static gboolean
on_spinner_timeout_cb (gpointer user_data)
{
  CorroPreflightDialog *self = user_data;

  self->spinner_id = 0;
  if (self->checking)
    gtk_window_present (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
on_check_run_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(CorroPreflightDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!corro_clip_check_run_finish (CORRO_CLIP_CHECK (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not check the clips: %s", error->message);
      return;
    }
  if (self->stack == NULL)
    return;

  self->checking = FALSE;
  g_clear_handle_id (&self->spinner_id, g_source_remove);

  /* All ready at the first look: straight on to presenting (the dialog, if it showed
   * its spinner, goes). */
  if (corro_clip_check_get_n_problems (self->check) == 0 && self->presenting && !self->listed)
    {
      proceed (self);
      return;
    }

  self->listed = TRUE;
  show_results (self);
  gtk_window_present (GTK_WINDOW (self));
}

static void
on_response_cb (CorroPreflightDialog *self,
                const char           *response)
{
  if (g_str_equal (response, "present"))
    {
      g_signal_emit (self, signals[SIGNAL_PROCEED], 0);
      return;
    }
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
on_file_chosen_cb (CorroPreflightDialog *self,
                   int                   response,
                   GtkFileChooserNative *chooser)
{
  const char *key = g_object_get_data (G_OBJECT (chooser), "clip-key");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      if (self->store == NULL || !corro_store_link_clip (self->store, key, uri, &error))
        g_warning ("Could not link %s: %s", key, error != NULL ? error->message : "no store");
      else
        corro_preflight_dialog_start (self);
    }

  if (self->chooser == GTK_NATIVE_DIALOG (chooser))
    g_clear_object (&self->chooser);
}

/* actions */

static void
preflight_choose_file_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  CorroPreflightDialog *self = CORRO_PREFLIGHT_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);

  chooser = gtk_file_chooser_native_new (_("Choose the Clip’s Video File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, NULL, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Videos"));
  gtk_file_filter_add_mime_type (filter, "video/*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data_full (G_OBJECT (chooser), "clip-key",
                          g_variant_dup_string (parameter, NULL), g_free);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_file_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

/* GObject */

static void
corro_preflight_dialog_dispose (GObject *object)
{
  CorroPreflightDialog *self = (CorroPreflightDialog *) object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->spinner_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_PREFLIGHT_DIALOG);
  g_clear_object (&self->chooser);
  g_clear_object (&self->check);
  g_clear_object (&self->store);
  g_clear_object (&self->programme);
  g_clear_object (&self->chapter);
  g_clear_pointer (&self->variant, g_free);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (corro_preflight_dialog_parent_class)->dispose (object);
}

static void
corro_preflight_dialog_class_init (CorroPreflightDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_preflight_dialog_dispose;

  /**
   * CorroPreflightDialog::proceed:
   *
   * The presentation may start: every clip is ready, or the facilitator chose
   * Present Anyway.
   */
  signals[SIGNAL_PROCEED] = g_signal_new ("proceed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-preflight-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroPreflightDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, CorroPreflightDialog, scroller);
  gtk_widget_class_bind_template_child (widget_class, CorroPreflightDialog, clip_list);
  gtk_widget_class_bind_template_callback (widget_class, on_response_cb);

  gtk_widget_class_install_action (widget_class, "preflight.choose-file", "s",
                                   preflight_choose_file_action);
}

static void
corro_preflight_dialog_init (CorroPreflightDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
run_check (CorroPreflightDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_clear_object (&self->check);
  self->check = corro_preflight_collect (self->store, self->programme, self->chapter,
                                         self->variant, self->language);
  self->checking = TRUE;
  corro_clip_check_run_async (self->check, self->cancellable, on_check_run_cb,
                              g_object_ref (self));
}

/* public API */

/**
 * corro_preflight_collect:
 * @variant: the session length being presented
 * @language: the content language, for the clips' titles
 *
 * Returns: (transfer full): a check, not yet run, of each clip the chapter plays at that
 *   length: the file linked to it here, the last pause point and the out point
 */
CorroClipCheck *
corro_preflight_collect (CorroStore     *store,
                         CorroProgramme *programme,
                         CorroChapter   *chapter,
                         const char     *variant,
                         const char     *language)
{
  GListModel *segments = corro_chapter_get_segments (chapter);
  guint n = g_list_model_get_n_items (segments);
  CorroClipCheck *check = corro_clip_check_new ();
  gboolean any_minutes = FALSE;

  /* The segments presented, as CorroPresentation chooses them: those with minutes at
   * this length, or all when none has. */
  for (guint i = 0; i < n && !any_minutes; i++)
    {
      g_autoptr(CorroSegment) segment = g_list_model_get_item (segments, i);

      any_minutes = corro_segment_get_minutes (segment, variant) > 0;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroSegment) segment = g_list_model_get_item (segments, i);
      GListModel *points = corro_segment_get_pause_points (segment);
      const char *key = corro_segment_get_clip_key (segment);
      g_autofree char *uri = NULL;
      gint64 last = 0;

      if (corro_segment_get_kind (segment) != CORRO_SEGMENT_CLIP || key == NULL ||
          (any_minutes && corro_segment_get_minutes (segment, variant) == 0))
        continue;

      for (guint p = 0; p < g_list_model_get_n_items (points); p++)
        {
          g_autoptr(CorroPausePoint) point = g_list_model_get_item (points, p);

          last = MAX (last, corro_pause_point_get_at (point));
        }
      uri = store != NULL ? corro_store_dup_clip_uri (store, key) : NULL;
      corro_clip_check_add (check, key, clip_title (programme, key, language), uri,
                            last * 1000, corro_segment_get_clip_out (segment) * 1000);
    }

  return check;
}

/**
 * corro_preflight_dialog_new:
 * @parent: the window presenting is started from
 * @variant: the session length to be presented
 * @presenting: whether the check comes before presenting (::proceed when all is well or
 *   the facilitator chooses Present Anyway); otherwise it only shows what it found
 *
 * Returns: (transfer none): the dialog, not shown yet: call corro_preflight_dialog_start()
 */
CorroPreflightDialog *
corro_preflight_dialog_new (GtkWindow      *parent,
                            CorroStore     *store,
                            CorroProgramme *programme,
                            CorroChapter   *chapter,
                            const char     *variant,
                            const char     *language,
                            gboolean        presenting)
{
  CorroPreflightDialog *self;

  g_return_val_if_fail (store == NULL || CORRO_IS_STORE (store), NULL);
  g_return_val_if_fail (CORRO_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (CORRO_IS_CHAPTER (chapter), NULL);

  self = g_object_new (CORRO_TYPE_PREFLIGHT_DIALOG, "transient-for", parent, NULL);
  self->store = store != NULL ? g_object_ref (store) : NULL;
  self->programme = g_object_ref (programme);
  self->chapter = g_object_ref (chapter);
  self->variant = g_strdup (variant);
  self->language = g_strdup (language);
  self->presenting = presenting;

  if (presenting)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self), "present", _("Present _Anyway"));
  else
    adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "cancel", _("_Close"));

  return self;
}

/**
 * corro_preflight_dialog_start:
 *
 * Checks the clips in the background; shows the dialog when it takes more than a
 * moment or finds a clip that is not ready.
 */
void
corro_preflight_dialog_start (CorroPreflightDialog *self)
{
  g_return_if_fail (CORRO_IS_PREFLIGHT_DIALOG (self));

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Checking the Clips…"));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), "");
  if (self->presenting)
    adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "present", FALSE);
  gtk_stack_set_visible_child_name (self->stack, "checking");

  run_check (self);

  g_clear_handle_id (&self->spinner_id, g_source_remove);
  if (!self->presenting || gtk_widget_get_visible (GTK_WIDGET (self)))
    gtk_window_present (GTK_WINDOW (self));
  else
    self->spinner_id = g_timeout_add (SPINNER_DELAY_MS, on_spinner_timeout_cb, self);
}

gboolean
corro_preflight_dialog_is_checking (CorroPreflightDialog *self)
{
  g_return_val_if_fail (CORRO_IS_PREFLIGHT_DIALOG (self), FALSE);

  return self->checking;
}

/**
 * corro_preflight_dialog_get_check:
 *
 * Returns: (transfer none) (nullable): the check last run
 */
CorroClipCheck *
corro_preflight_dialog_get_check (CorroPreflightDialog *self)
{
  g_return_val_if_fail (CORRO_IS_PREFLIGHT_DIALOG (self), NULL);

  return self->check;
}
