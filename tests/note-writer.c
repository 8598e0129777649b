/* note-writer.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helper for test-records: "types" a session note as a facilitator would, saving it
 * through CorroRecords every 100 ms as the window's autosave does, until the test kills
 * it with SIGKILL. Prints "text TEXT" (what it types, over and over) and "note ID" once,
 * then "saved BYTES" after each save returns.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "corro-group.h"
#include "corro-records.h"
#include "corro-reflection.h"
#include "corro-session.h"
#include "corro-store-records.h"

#define TYPING_TEXT \
  "Hoy José habló de la música de tiburón que sintió cuando su hija lloró en la noche. " \
  "El grupo reconoció la mano que organiza los sentimientos; Lucía añadió un ejemplo. "
#define CHARS_PER_SAVE 5
#define SAVE_INTERVAL_US (100 * G_TIME_SPAN_MILLISECOND)

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CorroStore) store = NULL;
  g_autoptr(CorroRecords) records = NULL;
  g_autoptr(CorroGroup) group = NULL;
  g_autoptr(CorroSession) session = NULL;
  g_autoptr(CorroReflection) note = NULL;
  g_autoptr(GString) typed = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  CorroStoreChapter chapters[8] = { { 0 } };
  const char *text = TYPING_TEXT;
  const char *next = text;

  if (argc != 2)
    {
      g_printerr ("usage: %s DATABASE\n", argv[0]);
      return 2;
    }

  for (guint i = 0; i < G_N_ELEMENTS (chapters); i++)
    {
      chapters[i].number = i + 1;
      chapters[i].plan = "{}";
    }

  if (!(store = corro_store_open (argv[1], &error)) ||
      !corro_store_put_programme (store, "cosp", "{}", chapters, G_N_ELEMENTS (chapters),
                                  &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  records = corro_records_new (store);
  group = corro_group_new ("Kill test", "cosp");
  corro_group_set_start_date (group, "2025-03-04");
  if (!corro_records_add_group (records, group, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  printf ("text %s\n", text);
  session = g_list_model_get_item (corro_group_get_sessions (group), 0);
  note = corro_reflection_new (CORRO_REFLECTION_SESSION, corro_session_get_id (session), 0);

  for (guint64 tick = 0; ; tick++)
    {
      for (guint i = 0; i < CHARS_PER_SAVE; i++)
        {
          if (*next == '\0')
            next = text;
          g_string_append_len (typed, next, g_utf8_next_char (next) - next);
          next = g_utf8_next_char (next);
        }

      if (!corro_records_save_reflection (records, note, typed->str, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (tick == 0)
        printf ("note %" G_GINT64_FORMAT "\n", corro_reflection_get_id (note));
      printf ("saved %zu\n", typed->len);
      fflush (stdout);

      g_usleep (SAVE_INTERVAL_US);
    }

  return 0;
}
