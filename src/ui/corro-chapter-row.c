/* corro-chapter-row.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-chapter-row"

#include "config.h"

#include "corro-chapter.h"
#include "corro-chapter-row.h"

/* A chapter of the programme: its number, its title in the content language and,
 * beneath it, the title in the other language (teams work in both). */
struct _CorroChapterRow
{
  AdwActionRow  parent_instance;

  /* template widgets */
  GtkLabel     *number_label;

  /* owned */
  CorroChapter *chapter;
  char         *language;
};

G_DEFINE_FINAL_TYPE (CorroChapterRow, corro_chapter_row, ADW_TYPE_ACTION_ROW)

static void
update (CorroChapterRow *self)
{
  const char *other = g_strcmp0 (self->language, "es") == 0 ? "en" : "es";

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 corro_chapter_get_title (self->chapter, self->language));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self),
                               corro_chapter_get_title (self->chapter, other));
}

static void
corro_chapter_row_dispose (GObject *object)
{
  CorroChapterRow *self = (CorroChapterRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CORRO_TYPE_CHAPTER_ROW);
  g_clear_object (&self->chapter);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (corro_chapter_row_parent_class)->dispose (object);
}

static void
corro_chapter_row_class_init (CorroChapterRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = corro_chapter_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/corro-chapter-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CorroChapterRow, number_label);
}

static void
corro_chapter_row_init (CorroChapterRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * corro_chapter_row_new:
 * @language: the content language, "en" or "es"
 */
GtkWidget *
corro_chapter_row_new (CorroChapter *chapter,
                       const char   *language)
{
  CorroChapterRow *self;
  g_autofree char *number = NULL;

  g_return_val_if_fail (CORRO_IS_CHAPTER (chapter), NULL);

  self = g_object_new (CORRO_TYPE_CHAPTER_ROW, NULL);
  self->chapter = g_object_ref (chapter);
  self->language = g_strdup (language);

  number = g_strdup_printf ("%u", corro_chapter_get_number (chapter));
  gtk_label_set_label (self->number_label, number);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  update (self);
  /* Titles are edited on the chapter's page; follow them. */
  g_signal_connect_object (chapter, "notify::title-en", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (chapter, "notify::title-es", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * corro_chapter_row_get_chapter:
 *
 * Returns: (transfer none): the chapter shown
 */
CorroChapter *
corro_chapter_row_get_chapter (CorroChapterRow *self)
{
  g_return_val_if_fail (CORRO_IS_CHAPTER_ROW (self), NULL);

  return self->chapter;
}
