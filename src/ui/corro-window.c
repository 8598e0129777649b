/* corro-window.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "corro-application.h"
#include "corro-chapter.h"
#include "corro-chapter-page.h"
#include "corro-chapter-row.h"
#include "corro-fit-screen.h"
#include "corro-group.h"
#include "corro-group-page.h"
#include "corro-person-page.h"
#include "corro-preferences-window.h"
#include "corro-programme.h"
#include "corro-programme-library.h"
#include "corro-store.h"
#include "corro-window-private.h"


G_DEFINE_FINAL_TYPE (CorroWindow, corro_window, ADW_TYPE_APPLICATION_WINDOW)

/* helpers */

static GSettings *
get_settings (CorroWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app != NULL ? corro_application_get_settings (CORRO_APPLICATION (app)) : NULL;
}

static GtkWidget *
create_chapter_row (gpointer item,
                    gpointer user_data)
{
  CorroWindow *self = user_data;

  return corro_chapter_row_new (CORRO_CHAPTER (item), self->language);
}

void
_corro_window_show_programme (CorroWindow *self)
{
  guint n_chapters = g_list_model_get_n_items (G_LIST_MODEL (self->programme));
  g_autofree char *subtitle = NULL;

  gtk_label_set_label (self->programme_title,
                       corro_programme_get_title (self->programme, self->language));
  subtitle = g_strdup_printf (ngettext ("%u chapter, one session a week",
                                        "%u chapters, one session a week",
                                        n_chapters),
                              n_chapters);
  gtk_label_set_label (self->programme_subtitle, subtitle);

  gtk_list_box_bind_model (self->chapter_list, G_LIST_MODEL (self->programme),
                           create_chapter_row, self, NULL);
  _corro_window_update_programme_chooser (self);
}

static gboolean
showing_chapter (CorroWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "programme") == 0 &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->programme_stack), "chapter") == 0;
}

static gboolean
showing_inside_group (CorroWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "groups") == 0 &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->groups_stack), "list") != 0;
}

static void
update_back_button (CorroWindow *self)
{
  gtk_widget_set_visible (self->back_button,
                          adw_leaflet_get_folded (self->leaflet) || showing_chapter (self) ||
                          showing_inside_group (self));
}

static void
restore_window_state (CorroWindow *self)
{
  GSettings *settings = get_settings (self);
  g_autofree char *page = NULL;

  if (settings == NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self), 1100, 720);
      corro_window_set_visible_page (self, "programme");
      return;
    }

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  page = g_settings_get_string (settings, "last-page");
  corro_window_set_visible_page (self, page);
}

/* callbacks */

static void
on_sidebar_list_row_activated_cb (CorroWindow   *self,
                                  GtkListBoxRow *row)
{
  g_assert (CORRO_IS_WINDOW (self));

  gtk_stack_set_visible_child_name (self->stack, gtk_widget_get_name (GTK_WIDGET (row)));
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_stack_visible_child_name_cb (CorroWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);
  GtkStackPage *page = gtk_stack_get_page (self->stack, gtk_stack_get_visible_child (self->stack));
  GSettings *settings = get_settings (self);
  GtkListBoxRow *row = NULL;

  g_assert (CORRO_IS_WINDOW (self));

  if (showing_chapter (self))
    {
      CorroChapterPage *chapter_page = CORRO_CHAPTER_PAGE (adw_bin_get_child (self->chapter_slot));
      CorroChapter *chapter = corro_chapter_page_get_chapter (chapter_page);
      g_autofree char *title = g_strdup_printf (_("Chapter %u"),
                                                corro_chapter_get_number (chapter));

      adw_window_title_set_title (self->content_title, title);
      adw_window_title_set_subtitle (self->content_title,
                                     corro_chapter_get_title (chapter, self->language));
    }
  else if (showing_inside_group (self))
    {
      GtkWidget *group_page = adw_bin_get_child (self->group_slot);
      GtkStackPage *inner = gtk_stack_get_page (self->groups_stack,
                                                gtk_stack_get_visible_child (self->groups_stack));

      GtkWidget *person_page = adw_bin_get_child (self->person_slot);

      adw_window_title_set_title (self->content_title, gtk_stack_page_get_title (inner));
      if (g_strcmp0 (gtk_stack_get_visible_child_name (self->groups_stack), "person") == 0)
        adw_window_title_set_subtitle (self->content_title,
                                       person_page != NULL
                                         ? corro_person_page_get_name (CORRO_PERSON_PAGE (person_page))
                                         : NULL);
      else
        adw_window_title_set_subtitle (self->content_title,
                                       group_page != NULL
                                         ? corro_group_get_name (
                                             corro_group_page_get_group (CORRO_GROUP_PAGE (group_page)))
                                         : NULL);
    }
  else
    {
      adw_window_title_set_title (self->content_title, gtk_stack_page_get_title (page));
      adw_window_title_set_subtitle (self->content_title, NULL);
    }
  /* The place's row in the sidebar, if it has one (Search has none). */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && g_strcmp0 (gtk_widget_get_name (child), name) == 0)
      row = GTK_LIST_BOX_ROW (child);
  if (row != NULL)
    gtk_list_box_select_row (self->sidebar_list, row);
  else
    gtk_list_box_unselect_all (self->sidebar_list);
  update_back_button (self);

  if (settings != NULL && row != NULL)
    {
      g_autoptr(GSettingsSchema) schema = NULL;
      g_autoptr(GSettingsSchemaKey) key = NULL;
      g_autoptr(GVariant) value = g_variant_ref_sink (g_variant_new_string (name));

      g_object_get (settings, "settings-schema", &schema, NULL);
      key = g_settings_schema_get_key (schema, "last-page");
      if (g_settings_schema_key_range_check (key, value))
        g_settings_set_string (settings, "last-page", name);
    }
}

static void
on_chapter_list_row_activated_cb (CorroWindow   *self,
                                  GtkListBoxRow *row)
{
  CorroChapter *chapter = corro_chapter_row_get_chapter (CORRO_CHAPTER_ROW (row));

  corro_window_open_chapter (self, corro_chapter_get_number (chapter));
}

/* actions */

static void
corro_window_back_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CorroWindow *self = CORRO_WINDOW (widget);

  if (showing_chapter (self))
    gtk_stack_set_visible_child_name (self->programme_stack, "chapters");
  else if (!_corro_window_go_back_in_groups (self) && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* A mouse's Back button does what Alt+Left does. */
static void
on_back_button_pressed_cb (GtkGestureClick *gesture,
                           int              n_press,
                           double           x,
                           double           y,
                           CorroWindow     *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.back", NULL);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
corro_window_open_chapter_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  corro_window_open_chapter (CORRO_WINDOW (widget), g_variant_get_uint32 (parameter));
}

static void
corro_window_show_page_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  CorroWindow *self = CORRO_WINDOW (widget);

  /* win.show-groups, win.show-programme, win.show-clips, win.show-reports */
  corro_window_set_visible_page (self, action_name + strlen ("win.show-"));
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
corro_window_preferences_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (widget));
  CorroPreferencesWindow *preferences;

  if (app == NULL)
    return;
  preferences = corro_preferences_window_new (CORRO_APPLICATION (app), GTK_WINDOW (widget));
  gtk_window_present (GTK_WINDOW (preferences));
}

/* vfuncs */

static gboolean
corro_window_close_request (GtkWindow *window)
{
  CorroWindow *self = CORRO_WINDOW (window);
  GSettings *settings = get_settings (self);

  if (settings != NULL)
    {
      gboolean maximized = gtk_window_is_maximized (window);

      g_settings_set_boolean (settings, "window-maximized", maximized);
      if (!maximized)
        {
          int width, height;

          gtk_window_get_default_size (window, &width, &height);
          g_settings_set_int (settings, "window-width", width);
          g_settings_set_int (settings, "window-height", height);
        }
    }

  return GTK_WINDOW_CLASS (corro_window_parent_class)->close_request (window);
}

/* The application is set after construction, so the window is filled in here. */
static void
setup (CorroWindow      *self,
       CorroApplication *app)
{
  CorroStore *store = corro_application_get_store (app);
  CorroProgrammeLibrary *library = corro_application_get_library (app);
  g_autofree char *language = NULL;

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  /* The content language belongs to the records; until the team sets it, follow the UI. */
  if (store != NULL)
    language = corro_store_dup_setting (store, "content-language");
  self->language = g_strdup (language != NULL ? language : corro_programme_default_language ());

  if (library != NULL && corro_programme_library_get_default (library) != NULL)
    self->programme = g_object_ref (corro_programme_library_get_default (library));
  else
    self->programme = corro_programme_new_default ();

  _corro_window_show_programme (self);
  _corro_window_setup_groups (self);
  _corro_window_setup_clips (self);
  _corro_window_setup_reports (self);
  restore_window_state (self);
}

static void
corro_window_dispose (GObject *object)
{
  CorroWindow *self = (CorroWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_WINDOW);
  g_clear_object (&self->programme);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (corro_window_parent_class)->dispose (object);
}

static void
corro_window_class_init (CorroWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = corro_window_dispose;

  window_class->close_request = corro_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, groups_row);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, programme_row);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, content);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, programme_stack);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, groups_stack);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, groups_slot);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, group_slot);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, session_slot);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, person_slot);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, search_slot);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, clips_slot);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, reports_slot);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, chapter_slot);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, programme_title);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, programme_subtitle);
  gtk_widget_class_bind_template_child (widget_class, CorroWindow, chapter_list);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_visible_child_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_chapter_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_back_button);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, corro_window_back_action);
  _corro_window_class_init_programme (widget_class);
  _corro_window_class_init_groups (widget_class);
  gtk_widget_class_install_action (widget_class, "win.open-chapter", "u",
                                   corro_window_open_chapter_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-groups", NULL,
                                   corro_window_show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-programme", NULL,
                                   corro_window_show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-clips", NULL,
                                   corro_window_show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-reports", NULL,
                                   corro_window_show_page_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL,
                                   corro_window_preferences_action);
}

static void
corro_window_init (CorroWindow *self)
{
  GtkGesture *back = gtk_gesture_click_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  corro_fit_screen (GTK_WINDOW (self));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (back), 8);
  g_signal_connect (back, "pressed", G_CALLBACK (on_back_button_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (back));
}

/* public API */

CorroWindow *
corro_window_new (CorroApplication *application)
{
  CorroWindow *self;

  g_return_val_if_fail (CORRO_IS_APPLICATION (application), NULL);

  self = g_object_new (CORRO_TYPE_WINDOW,
                       "application", application,
                       NULL);
  setup (self, application);

  return self;
}

/**
 * corro_window_get_visible_page:
 *
 * Returns: "groups" or "programme"
 */
const char *
corro_window_get_visible_page (CorroWindow *self)
{
  g_return_val_if_fail (CORRO_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

void
corro_window_set_visible_page (CorroWindow *self,
                               const char  *page)
{
  g_return_if_fail (CORRO_IS_WINDOW (self));

  if (page == NULL || gtk_stack_get_child_by_name (self->stack, page) == NULL)
    page = "programme";

  gtk_stack_set_visible_child_name (self->stack, page);
  /* The stack does not notify when the page is already the visible one. */
  on_stack_visible_child_name_cb (self);
}

/**
 * corro_window_open_chapter:
 * @number: the chapter's number, from 1
 *
 * Shows the chapter's session plan in the editor.
 */
void
corro_window_open_chapter (CorroWindow *self,
                           guint        number)
{
  CorroChapter *chapter;

  g_return_if_fail (CORRO_IS_WINDOW (self));

  if (!(chapter = corro_programme_get_chapter (self->programme, number)))
    return;

  adw_bin_set_child (self->chapter_slot,
                     corro_chapter_page_new (chapter, self->programme, self->language));
  corro_window_set_visible_page (self, "programme");
  gtk_stack_set_visible_child_name (self->programme_stack, "chapter");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  on_stack_visible_child_name_cb (self);
}

/**
 * corro_window_get_chapter_page:
 *
 * Returns: (transfer none) (nullable): the chapter page, when a chapter is open
 */
GtkWidget *
corro_window_get_chapter_page (CorroWindow *self)
{
  g_return_val_if_fail (CORRO_IS_WINDOW (self), NULL);

  return showing_chapter (self) ? adw_bin_get_child (self->chapter_slot) : NULL;
}

/**
 * corro_window_get_programme:
 *
 * Returns: (transfer none): the chapters shown on the Programme page
 */
GListModel *
corro_window_get_programme (CorroWindow *self)
{
  g_return_val_if_fail (CORRO_IS_WINDOW (self), NULL);

  return G_LIST_MODEL (self->programme);
}

/**
 * corro_window_add_toast:
 *
 * Says something briefly: it goes away by itself.
 */
void
corro_window_add_toast (CorroWindow *self,
                        const char  *message)
{
  g_return_if_fail (CORRO_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/**
 * corro_window_add_toast_with_button:
 * @action: the action the toast's button activates, e.g. "app.resume-presenting"
 *
 * Says something briefly, with a button for what to do next.
 */
void
corro_window_add_toast_with_button (CorroWindow *self,
                                    const char  *message,
                                    const char  *button_label,
                                    const char  *action)
{
  AdwToast *toast;

  g_return_if_fail (CORRO_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, button_label);
  adw_toast_set_action_name (toast, action);
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * corro_window_add_notice:
 *
 * Says something that must be read (where a set-aside file went): it stays until
 * dismissed.
 */
void
corro_window_add_notice (CorroWindow *self,
                         const char  *message)
{
  AdwToast *toast;

  g_return_if_fail (CORRO_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
