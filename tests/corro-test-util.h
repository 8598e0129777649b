/* corro-test-util.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "corro-person-record.h"
#include "corro-types.h"

G_BEGIN_DECLS

gboolean   corro_test_in_subprocess     (guint        seconds);
void       corro_test_init              (int         *argc,
                                         char      ***argv);
gboolean   corro_test_log_is_clean      (const char  *output,
                                         char       **first_bad_line);
void       corro_test_assert_clean_log  (const char  *output,
                                         const char  *what);

char      *corro_test_make_tmpdir       (void);
void       corro_test_remove_tree       (const char  *path);
GBytes    *corro_test_read_bytes        (const char  *path);
char      *corro_test_dump_database     (const char  *path);
void       corro_test_put_programme     (CorroStore  *store);
char      *corro_test_dup_record_text   (CorroPersonRecord *record);
gint64     corro_test_create_group      (CorroStore  *store,
                                         const char  *name,
                                         const char  *start_date);
gint64     corro_test_add_person        (CorroStore  *store,
                                         const char  *name,
                                         const char  *phone,
                                         const char  *email);
gint64     corro_test_enrol             (CorroStore  *store,
                                         gint64       group_id,
                                         gint64       participant_id,
                                         CorroEnrolmentStatus status);
gint64     corro_test_add_note          (CorroStore  *store,
                                         CorroReflectionKind kind,
                                         gint64       session_id,
                                         gint64       participant_id,
                                         const char  *text);
void       corro_test_write_random      (const char  *path,
                                         gsize        size);
GPtrArray *corro_test_find_widgets      (GtkWidget   *root,
                                         GType        type);
void       corro_test_wait_for_draw     (GtkWidget   *widget);
char      *corro_test_save_screenshot   (GtkWidget   *widget,
                                         const char  *name);
gboolean   corro_test_has_xdotool       (void);
void       corro_test_xdotool           (const char * const *args);
void       corro_test_focus_window      (GtkWindow   *window);

void              corro_test_fill_demo   (const char  *database);
CorroApplication *corro_test_start_app   (const char  *database);
void              corro_test_stop_app    (CorroApplication *app);
GtkWindow        *corro_test_find_toplevel (GType        type);
GtkWindow        *corro_test_wait_for_toplevel (GType     type);
void              corro_test_answer_dialog (const char  *response);

G_END_DECLS
