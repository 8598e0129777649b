/* bench-typing.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Typing benchmark (prints figures, never asserts): the real window on the synthetic
 * decade of records (bench/bench-util.h), a running group's session on its Notes tab,
 * and about 300 characters typed into the session reflection at a person's pace. Keys
 * are real X key events sent by xdotool (one process typing the whole text with a delay
 * between keys); without xdotool the text is inserted key by key from a timer instead.
 * A high-priority 1 ms timeout records the gaps between main-loop iterations while the
 * text is typed and autosaved; the largest gap, the 99th percentile and the median are
 * printed against the 16 ms target (one frame), with the number of autosaves.
 *
 *     _build/bench/bench-typing [--keep DIR] [--delay MS]
 * Run by bench/typing.py (build-aux/dev bench); needs a display (Xvfb will do).
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <time.h>

#include <glib/gi18n.h>

#include "bench-util.h"
#include "corro-application.h"
#include "corro-group.h"
#include "corro-note-editor.h"
#include "corro-records.h"
#include "corro-session.h"
#include "corro-session-page.h"
#include "corro-store.h"
#include "corro-test-util.h"
#include "corro-window.h"

#define STALL_TARGET_MS 16.0
#define N_CHARACTERS 300

static const char sample_text[] =
  "Today the group talked about the moments when their children came back to them "
  "after playing. Maria noticed her shark music when her son cried at the door, and "
  "the others helped her see the need under the crying. We stopped the clip twice "
  "and the room was quiet for a while. Next week we will start with the hands again. ";

typedef struct
{
  GArray  *gaps;          /* double, ms between two runs of the probe */
  GArray  *ends;          /* gint64, when each gap ended */
  GArray  *busy;          /* double, ms of the main thread's own CPU time in each gap */
  gint64   last;
  gint64   last_cpu;
  gboolean running;
} Probe;

typedef struct
{
  GArray *times;          /* gint64, when each autosave ended */
} Saves;

static void
on_saved_cb (GObject    *reflection,
             GParamSpec *pspec,
             Saves      *saves)
{
  gint64 now = g_get_monotonic_time ();

  g_array_append_val (saves->times, now);
}

typedef struct
{
  GtkTextBuffer *buffer;
  GRand         *rand;
  guint          typed;
  guint          source;
} Typist;

/* The main thread's own CPU time, in µs: a gap in which it ran for long is Corro's
 * doing; a long gap in which it hardly ran is the machine giving the core to others. */
static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gboolean
on_probe_cb (gpointer user_data)
{
  Probe *probe = user_data;
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_us ();

  if (probe->last != 0)
    {
      double gap = (now - probe->last) / 1000.0;
      double busy = (cpu - probe->last_cpu) / 1000.0;

      g_array_append_val (probe->gaps, gap);
      g_array_append_val (probe->ends, now);
      g_array_append_val (probe->busy, busy);
    }
  probe->last = now;
  probe->last_cpu = cpu;
  return probe->running ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *sorted,
            double  fraction)
{
  guint index;

  if (sorted->len == 0)
    return -1;
  index = MIN ((guint) (fraction * sorted->len), sorted->len - 1);
  return g_array_index (sorted, double, index);
}

/* Without xdotool: one character into the buffer every 50–120 ms, as keys would. */
static gboolean
on_type_cb (gpointer user_data)
{
  Typist *typist = user_data;
  char character[2] = { sample_text[typist->typed % (sizeof sample_text - 1)], '\0' };

  gtk_text_buffer_insert_at_cursor (typist->buffer, character, 1);
  typist->typed++;
  if (typist->typed >= N_CHARACTERS)
    {
      typist->source = 0;
      return G_SOURCE_REMOVE;
    }
  typist->source = g_timeout_add (g_rand_int_range (typist->rand, 50, 121), on_type_cb, typist);
  return G_SOURCE_REMOVE;
}

static void
on_xdotool_exited_cb (GPid     pid,
                      int      status,
                      gpointer user_data)
{
  gboolean *done = user_data;

  g_spawn_close_pid (pid);
  *done = TRUE;
}

static void
iterate_for (double seconds)
{
  gint64 until = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
}

/* A running group of the decade with its first session. */
static CorroSession *
find_session (CorroRecords  *records,
              CorroGroup   **group_out)
{
  GListModel *groups = corro_records_get_groups (records);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CorroGroup) group = g_list_model_get_item (groups, i);
      GListModel *sessions;

      if (corro_group_get_status (group) != CORRO_GROUP_STATUS_RUNNING)
        continue;
      bench_check (corro_records_load_group (records, group, &error), error, "load a group");
      sessions = corro_group_get_sessions (group);
      if (g_list_model_get_n_items (sessions) == 0)
        continue;
      *group_out = g_steal_pointer (&group);
      return g_list_model_get_item (sessions, g_list_model_get_n_items (sessions) - 1);
    }

  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *keep = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  int delay = 85;
  GOptionEntry entries[] = {
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Keep the decade in DIR", "DIR" },
    { "delay", 0, 0, G_OPTION_ARG_INT, &delay, "Milliseconds between keys", "MS" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- typing benchmark");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) editors = NULL;
  g_autoptr(CorroGroup) group = NULL;
  g_autoptr(CorroSession) session = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (6);
  g_autoptr(GArray) sorted = NULL;
  Probe probe = { g_array_new (FALSE, FALSE, sizeof (double)),
                  g_array_new (FALSE, FALSE, sizeof (gint64)),
                  g_array_new (FALSE, FALSE, sizeof (double)), 0, 0, TRUE };
  GArray *busy_sorted;
  guint busy_over = 0;
  Saves saves = { g_array_new (FALSE, FALSE, sizeof (gint64)) };
  double worst_at_save = 0;
  gint64 typed_us;
  Typist typist = { NULL, rand, 0, 0 };
  CorroApplication *app;
  GtkWindow *window;
  GtkWidget *page;
  GtkTextView *view;
  gboolean xdotool_done = FALSE;
  gboolean real_keys;
  double made_ms = 0, over = 0;
  gint64 started;
  guint n_chars;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "bench-typing: %s\n", error->message);
      return 1;
    }
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CORRO_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  path = bench_decade_ensure (keep, &dir, &made_ms);
  bench_decade_describe (path, made_ms);

  app = corro_test_start_app (path);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  gtk_window_set_default_size (window, 1100, 800);
  session = find_session (corro_application_get_records (app), &group);
  bench_check (session != NULL, NULL, "a running group's session");
  corro_window_open_session (CORRO_WINDOW (window), group, session, "notes");
  corro_test_wait_for_draw (GTK_WIDGET (window));

  editors = corro_test_find_widgets (GTK_WIDGET (window), CORRO_TYPE_NOTE_EDITOR);
  bench_check (editors->len > 0, NULL, "the session's note editor");
  typist.buffer = corro_note_editor_get_buffer (g_ptr_array_index (editors, 0));
  g_signal_connect (corro_note_editor_get_reflection (g_ptr_array_index (editors, 0)),
                    "notify::updated-at", G_CALLBACK (on_saved_cb), &saves);
  {
    g_autoptr(GPtrArray) views = corro_test_find_widgets (g_ptr_array_index (editors, 0),
                                                          GTK_TYPE_TEXT_VIEW);

    bench_check (views->len > 0, NULL, "the note's text view");
    view = g_ptr_array_index (views, 0);
  }
  page = gtk_widget_get_ancestor (GTK_WIDGET (view), CORRO_TYPE_SESSION_PAGE);
  printf ("Typing %d characters into the session reflection of “%s” (%s)\n", N_CHARACTERS,
          corro_group_get_name (group), page != NULL ? "session page" : "?");

  real_keys = corro_test_has_xdotool ();
  if (real_keys)
    corro_test_focus_window (window);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  iterate_for (0.5);
  n_chars = (guint) gtk_text_buffer_get_char_count (typist.buffer);

  g_timeout_add_full (G_PRIORITY_HIGH, 1, on_probe_cb, &probe, NULL);
  started = g_get_monotonic_time ();
  if (real_keys)
    {
      g_autofree char *text = g_strndup (sample_text, N_CHARACTERS);
      /* xdotool spends its delay half after the press and half after the release. */
      g_autofree char *delay_text = g_strdup_printf ("%d", delay * 2);
      const char *args[] = { "xdotool", "type", "--delay", delay_text, text, NULL };
      GPid pid;

      g_spawn_async (NULL, (char **) args, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD,
                     NULL, NULL, &pid, &error);
      bench_check (error == NULL, error, "xdotool");
      g_child_watch_add (pid, on_xdotool_exited_cb, &xdotool_done);
      printf ("Keys: real X key events from xdotool, one every %d ms\n", delay);
      while (!xdotool_done)
        g_main_context_iteration (NULL, TRUE);
    }
  else
    {
      printf ("Keys: no xdotool; characters inserted every 50–120 ms\n");
      typist.source = g_timeout_add (80, on_type_cb, &typist);
      while (typist.typed < N_CHARACTERS)
        g_main_context_iteration (NULL, TRUE);
    }
  typed_us = g_get_monotonic_time () - started;
  /* The last autosave comes at most a second after the last key. */
  iterate_for (1.5);
  probe.running = FALSE;
  iterate_for (0.05);

  sorted = g_array_copy (probe.gaps);
  g_array_sort (sorted, compare_doubles);
  for (guint i = 0; i < sorted->len; i++)
    if (g_array_index (sorted, double, i) > STALL_TARGET_MS)
      over++;

  /* The gap in which each autosave ran: the one that ended first after it. */
  for (guint i = 0, j = 0; i < saves.times->len; i++)
    {
      gint64 saved = g_array_index (saves.times, gint64, i);

      while (j < probe.ends->len && g_array_index (probe.ends, gint64, j) < saved)
        j++;
      if (j < probe.ends->len)
        worst_at_save = MAX (worst_at_save, g_array_index (probe.gaps, double, j));
    }

  n_chars = (guint) gtk_text_buffer_get_char_count (typist.buffer) - n_chars;
  printf ("\n%u characters typed in %.1f s (one every %.0f ms); %u autosaves, the longest "
          "gap at an autosave %.2f ms\n",
          n_chars, typed_us / 1e6, n_chars > 0 ? typed_us / 1e3 / n_chars : 0,
          saves.times->len, worst_at_save);
  printf ("%-40s %10s %10s %10s\n", "main-loop gaps while typing", "median", "p99", "max");
  printf ("%-40s %8.2f ms %7.2f ms %7.2f ms   target < %.0f ms: %s\n",
          "(1 ms high-priority probe)", percentile (sorted, 0.5), percentile (sorted, 0.99),
          percentile (sorted, 1.0), STALL_TARGET_MS,
          percentile (sorted, 1.0) < STALL_TARGET_MS ? "met" : "NOT met");
  printf ("%u gaps measured, %.0f over %.0f ms\n", sorted->len, over, STALL_TARGET_MS);

  /* What the main thread itself spent in those gaps: over one frame, Corro stalled; under
   * it, the core was busy with other processes (a loaded machine, not Corro). */
  busy_sorted = g_array_copy (probe.busy);
  g_array_sort (busy_sorted, compare_doubles);
  for (guint i = 0; i < busy_sorted->len; i++)
    if (g_array_index (busy_sorted, double, i) > STALL_TARGET_MS)
      busy_over++;
  printf ("%-40s %8.2f ms %7.2f ms %7.2f ms   target < %.0f ms: %s\n",
          "  of which the main thread's own work", percentile (busy_sorted, 0.5),
          percentile (busy_sorted, 0.99), percentile (busy_sorted, 1.0), STALL_TARGET_MS,
          percentile (busy_sorted, 1.0) < STALL_TARGET_MS ? "met" : "NOT met");
  printf ("%u gaps with over %.0f ms of the main thread's own work; the rest of a long gap "
          "is time the machine gave to other processes\n", busy_over, STALL_TARGET_MS);
  g_array_unref (busy_sorted);
  g_array_unref (probe.busy);

  g_array_unref (probe.gaps);
  g_array_unref (probe.ends);
  g_array_unref (saves.times);
  if (keep == NULL)
    bench_decade_remove (dir, path);
  return 0;
}
