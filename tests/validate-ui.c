/* validate-ui.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks one .ui file the way `gtk4-builder-tool validate` does, but with libadwaita's
 * types registered (GTK 4.8's tool cannot resolve Adw* parents). A template is built on
 * a stand-in subclass of its parent, so every property, child and binding is checked;
 * signal handlers resolve to a no-op (the ui suite runs the real ones).
 */

#include <string.h>

#include <adwaita.h>

#include "corro-clip-state.h"
#include "corro-date-row.h"

#define VALIDATE_TYPE_SCOPE (validate_scope_get_type ())
G_DECLARE_FINAL_TYPE (ValidateScope, validate_scope, VALIDATE, SCOPE, GtkBuilderCScope)

struct _ValidateScope
{
  GtkBuilderCScope parent_instance;
};

static GtkBuilderScopeInterface *parent_scope_iface;

static void
noop (void)
{
}

static GClosure *
validate_scope_create_closure (GtkBuilderScope        *scope,
                               GtkBuilder             *builder,
                               const char             *function_name,
                               GtkBuilderClosureFlags  flags,
                               GObject                *object,
                               GError                **error)
{
  return g_cclosure_new (G_CALLBACK (noop), NULL, NULL);
}

static void
validate_scope_iface_init (GtkBuilderScopeInterface *iface)
{
  parent_scope_iface = g_type_interface_peek_parent (iface);
  iface->create_closure = validate_scope_create_closure;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (ValidateScope, validate_scope, GTK_TYPE_BUILDER_CSCOPE,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDER_SCOPE,
                                                      validate_scope_iface_init))

static void
validate_scope_class_init (ValidateScopeClass *klass)
{
}

static void
validate_scope_init (ValidateScope *self)
{
}

static char *
attribute_value (const char *text,
                 const char *tag,
                 const char *name)
{
  const char *start = strstr (text, tag);
  g_autofree char *needle = g_strdup_printf ("%s=\"", name);
  const char *end;

  if (start == NULL || (start = strstr (start, needle)) == NULL)
    return NULL;
  start += strlen (needle);
  if ((end = strchr (start, '"')) == NULL)
    return NULL;

  return g_strndup (start, end - start);
}

static void
stand_in_class_init (gpointer klass,
                     gpointer data)
{
  const char *text = data;

  gtk_widget_class_set_template (GTK_WIDGET_CLASS (klass),
                                 g_bytes_new_static (text, strlen (text)));
  gtk_widget_class_set_template_scope (GTK_WIDGET_CLASS (klass),
                                       g_object_new (VALIDATE_TYPE_SCOPE, NULL));
}

static void
stand_in_init (GTypeInstance *instance,
               gpointer       klass)
{
  gtk_widget_init_template (GTK_WIDGET (instance));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *class_name = NULL;
  g_autofree char *parent_name = NULL;
  gsize length;

  if (argc != 2)
    {
      g_printerr ("usage: %s FILE.ui\n", argv[0]);
      return 2;
    }

  gtk_init ();
  adw_init ();
  /* Corro's own widgets that templates use. */
  g_type_ensure (CORRO_TYPE_DATE_ROW);

  if (!g_file_get_contents (argv[1], &text, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  builder = gtk_builder_new ();
  gtk_builder_set_scope (builder, g_object_new (VALIDATE_TYPE_SCOPE, NULL));

  class_name = attribute_value (text, "<template", "class");
  parent_name = attribute_value (text, "<template", "parent");
  /* (Not when it is the template checked: a stand-in of that name is made below.) */
  if (g_strcmp0 (class_name, "CorroClipState") != 0)
    g_type_ensure (CORRO_TYPE_CLIP_STATE);

  if (class_name != NULL)
    {
      /* Through the builder, so that a GTK type no other code has used yet (GtkPopover)
       * is registered by its _get_type() function. */
      GType parent = gtk_builder_get_type_from_name (builder,
                                                     parent_name != NULL ? parent_name : "");
      GTypeQuery query;
      GTypeInfo info = { 0 };
      GType type;
      GObject *object;

      if (parent == G_TYPE_INVALID)
        {
          g_printerr ("%s: unknown template parent %s\n", argv[1], parent_name);
          return 1;
        }

      g_type_query (parent, &query);
      info.class_size = query.class_size;
      info.class_init = stand_in_class_init;
      info.class_data = text;
      info.instance_size = query.instance_size;
      info.instance_init = stand_in_init;
      type = g_type_register_static (parent, class_name, &info, 0);

      /* Instantiating runs the template through GtkBuilder; errors are criticals. */
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      object = g_object_new (type, NULL);
      g_object_ref_sink (object);
      if (GTK_IS_WINDOW (object))
        gtk_window_destroy (GTK_WINDOW (object));
      g_object_unref (object);
    }
  else if (!gtk_builder_add_from_string (builder, text, length, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }

  return 0;
}
