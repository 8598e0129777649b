/* corro-age-bands-page.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-age-bands-page"

#include "config.h"

#include <glib/gi18n.h>

#include "corro-age-band.h"
#include "corro-age-bands-page.h"
#include "corro-records.h"
#include "corro-typed-text.h"

/* Preferences ▸ Age Bands: the children's age bands the team keeps, which New Group
 * offers. A band can be renamed (in English and in Spanish; groups stay in it), added,
 * and removed when no group is in it. */
struct _CorroAgeBandsPage
{
  AdwPreferencesPage  parent_instance;

  /* template widgets */
  GtkListBox         *band_list;
  AdwEntryRow        *english_row;
  AdwEntryRow        *spanish_row;

  /* owned */
  CorroRecords       *records;
};

G_DEFINE_FINAL_TYPE (CorroAgeBandsPage, corro_age_bands_page, ADW_TYPE_PREFERENCES_PAGE)

/* helpers */

static void
say (CorroAgeBandsPage *self,
     const char        *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (message));
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  return stripped[0] == '\0';
}

static GtkWidget *
create_band_row (gpointer item,
                 gpointer user_data)
{
  CorroAgeBand *band = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *rename = gtk_button_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *remove = NULL;
  guint n_groups = corro_age_band_get_n_groups (band);
  const char *spanish = corro_age_band_get_label_es (band);
  g_autofree char *in_use = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *rename_name = NULL;
  g_autofree char *remove_name = NULL;

  in_use = g_strdup_printf (ngettext ("%u group", "%u groups", n_groups), n_groups);
  /* Translators: an age band's two names and how many groups are in it, e.g.
   * "English: 0–2 years · Spanish: 0–2 años · 3 groups" */
  subtitle = g_strdup_printf (_("English: %s · Spanish: %s · %s"),
                              corro_age_band_get_label_en (band),
                              spanish[0] != '\0' ? spanish : "—", in_use);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), corro_age_band_get_label (band));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* Translators: accessible name and tooltip of a button; %s is an age band */
  rename_name = g_strdup_printf (_("Rename “%s”"), corro_age_band_get_label (band));
  gtk_widget_set_tooltip_text (rename, rename_name);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (rename), "age-bands.rename");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (rename), "s", corro_age_band_get_key (band));

  /* A band groups are in is kept: it offers no Remove (its subtitle says how many). */
  if (n_groups == 0)
    {
      remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      /* Translators: accessible name and tooltip of a button; %s is an age band */
      remove_name = g_strdup_printf (_("Remove “%s”"), corro_age_band_get_label (band));
      gtk_widget_set_tooltip_text (remove, remove_name);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "age-bands.remove");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s",
                                        corro_age_band_get_key (band));
    }

  for (GtkWidget *button = rename; button != NULL; button = button == rename ? remove : NULL)
    {
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      gtk_widget_get_tooltip_text (button), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  return row;
}

/* callbacks */

static void
on_entry_changed_cb (CorroAgeBandsPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "age-bands.add",
                                 !is_blank (text_of (self->english_row)));
}

static void
on_entry_activated_cb (CorroAgeBandsPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "age-bands.add", NULL);
}

static void
on_rename_response_cb (AdwMessageDialog  *dialog,
                       const char        *response,
                       CorroAgeBandsPage *self)
{
  const char *key = g_object_get_data (G_OBJECT (dialog), "key");
  AdwEntryRow *english = g_object_get_data (G_OBJECT (dialog), "english");
  AdwEntryRow *spanish = g_object_get_data (G_OBJECT (dialog), "spanish");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "rename") != 0)
    return;

  if (!corro_records_rename_age_band (self->records, key, text_of (english), text_of (spanish),
                                      &error))
    {
      /* The dialog stays, with what was typed, for the person to correct. */
      AdwMessageDialog *refusal = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (corro_typed_text_keep_open (GTK_WINDOW (dialog)),
                                _("The Age Band Was Not Renamed"), error->message));

      adw_message_dialog_add_response (refusal, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (refusal));
    }
}

/* actions */

static void
corro_age_bands_page_add_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  CorroAgeBandsPage *self = CORRO_AGE_BANDS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  CorroAgeBand *band;

  band = corro_records_add_age_band (self->records, text_of (self->english_row),
                                     text_of (self->spanish_row), &error);
  if (band == NULL)
    {
      say (self, error->message);
      return;
    }

  /* Translators: %s is the age band just added */
  message = g_strdup_printf (_("Added “%s”"), corro_age_band_get_label (band));
  gtk_editable_set_text (GTK_EDITABLE (self->english_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->spanish_row), "");
  say (self, message);
}

static void
corro_age_bands_page_rename_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  CorroAgeBandsPage *self = CORRO_AGE_BANDS_PAGE (widget);
  const char *key = g_variant_get_string (parameter, NULL);
  CorroAgeBand *band = corro_records_find_age_band (self->records, key);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *list, *english, *spanish;
  AdwMessageDialog *dialog;

  if (band == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                           : NULL,
                                                       _("Rename Age Band"),
                                                       _("The groups in this band stay in it.")));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  english = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (english), _("Name in English"));
  gtk_editable_set_text (GTK_EDITABLE (english), corro_age_band_get_label_en (band));
  spanish = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (spanish), _("Name in Spanish"));
  gtk_editable_set_text (GTK_EDITABLE (spanish), corro_age_band_get_label_es (band));
  gtk_list_box_append (GTK_LIST_BOX (list), english);
  gtk_list_box_append (GTK_LIST_BOX (list), spanish);
  adw_message_dialog_set_extra_child (dialog, list);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "rename");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "key", g_strdup (key), g_free);
  g_object_set_data (G_OBJECT (dialog), "english", english);
  g_object_set_data (G_OBJECT (dialog), "spanish", spanish);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_response_cb), self, 0);
  /* Escape or Cancel after a name was changed asks before throwing it away. */
  corro_typed_text_guard (GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
corro_age_bands_page_remove_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  CorroAgeBandsPage *self = CORRO_AGE_BANDS_PAGE (widget);
  const char *key = g_variant_get_string (parameter, NULL);
  CorroAgeBand *band = corro_records_find_age_band (self->records, key);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (band == NULL)
    return;

  /* Translators: %s is the age band just removed */
  message = g_strdup_printf (_("Removed “%s”"), corro_age_band_get_label (band));
  if (!corro_records_remove_age_band (self->records, key, &error))
    {
      say (self, error->message);
      return;
    }
  say (self, message);
}

/* GObject */

static void
corro_age_bands_page_dispose (GObject *object)
{
  CorroAgeBandsPage *self = (CorroAgeBandsPage *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_AGE_BANDS_PAGE);
  g_clear_object (&self->records);

  G_OBJECT_CLASS (corro_age_bands_page_parent_class)->dispose (object);
}

static void
corro_age_bands_page_class_init (CorroAgeBandsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_age_bands_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-age-bands-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroAgeBandsPage, band_list);
  gtk_widget_class_bind_template_child (widget_class, CorroAgeBandsPage, english_row);
  gtk_widget_class_bind_template_child (widget_class, CorroAgeBandsPage, spanish_row);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "age-bands.add", NULL,
                                   corro_age_bands_page_add_action);
  gtk_widget_class_install_action (widget_class, "age-bands.rename", "s",
                                   corro_age_bands_page_rename_action);
  gtk_widget_class_install_action (widget_class, "age-bands.remove", "s",
                                   corro_age_bands_page_remove_action);
}

static void
corro_age_bands_page_init (CorroAgeBandsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "age-bands.add", FALSE);
}

/* public API */

/**
 * corro_age_bands_page_new:
 *
 * Returns: the Age Bands page of Preferences, on @records' age bands as they are now
 */
GtkWidget *
corro_age_bands_page_new (CorroRecords *records)
{
  CorroAgeBandsPage *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CORRO_IS_RECORDS (records), NULL);

  self = g_object_new (CORRO_TYPE_AGE_BANDS_PAGE, NULL);
  self->records = g_object_ref (records);
  if (!corro_records_reload_age_bands (records, &error))
    g_debug ("Could not read the age bands again: %s", error->message);
  gtk_list_box_bind_model (self->band_list, corro_records_get_age_bands (records),
                           create_band_row, self, NULL);

  return GTK_WIDGET (self);
}
