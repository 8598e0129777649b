/* corro-clips-page-private.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CorroClipsPage is split in four: corro-clips-page.c shows the clip keys and their
 * files, corro-clips-page-scan.c searches a folder and suggests files,
 * corro-clips-page-monitor.c watches the linked files' folders so that the states stay
 * true while the page is shown, and corro-clips-page-tracks.c offers each clip's sound
 * track and subtitles.
 */

#pragma once

#include "corro-clip-info.h"
#include "corro-clips-page.h"

G_BEGIN_DECLS

typedef struct
{
  CorroClipState  state;
  char           *uri;
  char           *detail;
  char           *found_uri;  /* where a moved file was found */
  CorroClipInfo  *info;       /* what the linked file holds, once probed */
} ClipEntry;

typedef struct
{
  char *key;
  char *uri;
  char *detail;
  int   score;
} Suggestion;

struct _CorroClipsPage
{
  AdwBin                parent_instance;

  /* template widgets (the scrolled window is the bin's child, reached through it) */
  GtkListBox           *clip_list;
  GtkListBox           *suggestion_list;
  GtkWidget            *suggestions_box;
  GtkWidget            *scan_box;
  GtkLabel             *scan_label;
  GtkProgressBar       *scan_progress;

  /* owned */
  CorroStore           *store;
  CorroProgramme       *programme;
  char                 *language;
  GCancellable         *cancellable;       /* probes of the linked files */
  GCancellable         *scan_cancellable;  /* the folder scan and its probes */
  GHashTable           *entries;           /* key → ClipEntry */
  GHashTable           *thumbnails;        /* URI → GdkTexture */
  guint                 n_grabbing;
  GPtrArray            *suggestions;       /* Suggestion */
  GStrv                 scan_uris;
  guint                 scan_index;
  guint                 n_probing;          /* probes and the search near moved files */
  guint                 pulse_id;
  GtkNativeDialog      *chooser;
  GHashTable           *monitors;           /* folder URI → GFileMonitor, while shown */
  guint                 monitor_refresh_id;
};

char *_corro_clips_page_display_name     (const char     *uri);
void  _corro_clips_page_toast            (CorroClipsPage *self,
                                          const char     *text);
char *_corro_clips_page_describe_info    (CorroClipInfo  *info);
void  _corro_clips_page_add_button       (GtkWidget      *row,
                                          const char     *label,
                                          const char     *action,
                                          GVariant       *target);
void  _corro_clips_page_remove_all_rows  (GtkListBox     *list);
void  _corro_clips_page_show_clips       (CorroClipsPage *self);
void  _corro_clips_page_suggestion_free  (gpointer        data);
void  _corro_clips_page_class_init_scan  (GtkWidgetClass *widget_class);

void  _corro_clips_page_watch_files      (CorroClipsPage *self);
void  _corro_clips_page_unwatch_files    (CorroClipsPage *self);

void  _corro_clips_page_add_tracks_button (CorroClipsPage *self,
                                           GtkWidget      *row,
                                           const char     *key,
                                           ClipEntry      *entry);
char *_corro_clips_page_describe_tracks  (CorroClipsPage *self,
                                          const char     *key,
                                          ClipEntry      *entry);

G_END_DECLS
