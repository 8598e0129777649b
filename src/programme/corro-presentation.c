/* corro-presentation.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-presentation"

#include "config.h"

#include "corro-chapter.h"
#include "corro-presentation.h"
#include "corro-programme.h"
#include "corro-segment.h"

#define USEC_PER_MINUTE ((gint64) 60 * G_USEC_PER_SEC)
#define NEAR_END_LIMIT (2 * USEC_PER_MINUTE)

/* A chapter's plan being presented: which segment is current, what the audience sees,
 * and the time spent against the plan. It knows nothing of windows or video; times are
 * passed in (monotonic microseconds), so that it can be driven and tested at any pace.
 *
 * The steps are the segments planned for the session's length (those with minutes in
 * it); a segment left out of a shorter session is passed over. */
struct _CorroPresentation
{
  GObject         parent_instance;

  /* owned */
  CorroProgramme *programme;
  CorroChapter   *chapter;
  char           *variant;
  char           *language;
  GArray         *steps;         /* guint: segment index in the chapter */
  GArray         *spent;         /* gint64 per step: time spent on it so far */
  GArray         *visited;       /* gboolean per step */
  GArray         *clip_at;       /* gint64 per step: where its clip stopped, or -1 */
  GDateTime      *started_at;
  GDateTime      *finished_at;

  guint           step;
  guint           session_minutes;
  CorroScreen     screen;
  /* Every time below is on the session's clock: monotonic time less the time the
   * timers were paused, so that a pause stops every timer at once. */
  gint64          start_time;    /* 0 before the start */
  gint64          step_time;     /* when the current step became current */
  gint64          finish_time;
  gint64          paused_total;  /* monotonic µs the timers were paused, before now */
  gint64          paused_since;  /* monotonic; 0 when the timers run */
};

enum {
  PROP_0,
  PROP_STEP,
  PROP_SCREEN,
  PROP_STARTED,
  PROP_FINISHED,
  PROP_TIMERS_PAUSED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (CorroPresentation, corro_presentation, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* helpers */

/* @now (monotonic) on the session's clock. */
static gint64
session_clock (CorroPresentation *self,
               gint64             now)
{
  gint64 paused = self->paused_total;

  if (self->paused_since != 0)
    paused += MAX (0, now - self->paused_since);

  return now - paused;
}

static CorroSegment *
segment_of_step (CorroPresentation *self,
                 guint              step)
{
  g_autoptr(CorroSegment) segment = NULL;

  if (step >= self->steps->len)
    return NULL;

  segment = g_list_model_get_item (corro_chapter_get_segments (self->chapter),
                                   g_array_index (self->steps, guint, step));
  return segment;   /* the chapter keeps it alive */
}

static void
collect_steps (CorroPresentation *self)
{
  GListModel *segments = corro_chapter_get_segments (self->chapter);
  guint n = g_list_model_get_n_items (segments);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroSegment) segment = g_list_model_get_item (segments, i);

      if (corro_segment_get_minutes (segment, self->variant) > 0)
        g_array_append_val (self->steps, i);
    }

  /* A plan without minutes for this length still has its segments to show. */
  if (self->steps->len == 0)
    for (guint i = 0; i < n; i++)
      g_array_append_val (self->steps, i);

  g_array_set_size (self->spent, self->steps->len);
  g_array_set_size (self->visited, self->steps->len);
  g_array_set_size (self->clip_at, self->steps->len);
  for (guint i = 0; i < self->steps->len; i++)
    g_array_index (self->clip_at, gint64, i) = -1;
}

/* The session length chosen for the group (the programme's variant: a 2-hour group, one
 * family's hour), which is what the group was told; the plan's minutes may add up to
 * more or less than it. */
static guint
variant_minutes (CorroPresentation *self)
{
  for (guint i = 0; i < corro_programme_get_n_variants (self->programme); i++)
    if (g_strcmp0 (corro_programme_get_variant_id (self->programme, i), self->variant) == 0)
      return corro_programme_get_variant_minutes (self->programme, i);

  return 0;
}

/* Adds the time spent on the current step up to @now. */
static void
close_step (CorroPresentation *self,
            gint64             now)
{
  if (self->start_time == 0 || self->finish_time != 0 || self->step >= self->steps->len)
    return;

  now = session_clock (self, now);
  g_array_index (self->spent, gint64, self->step) += MAX (0, now - self->step_time);
  self->step_time = now;
}

static void
enter_step (CorroPresentation *self,
            guint              step,
            gint64             now)
{
  if (step >= self->steps->len || step == self->step)
    return;

  close_step (self, now);
  self->step = step;
  self->step_time = session_clock (self, now);
  if (self->start_time != 0)
    g_array_index (self->visited, gboolean, step) = TRUE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

/* GObject */

static void
corro_presentation_finalize (GObject *object)
{
  CorroPresentation *self = (CorroPresentation *) object;

  g_clear_object (&self->programme);
  g_clear_object (&self->chapter);
  g_clear_pointer (&self->variant, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->steps, g_array_unref);
  g_clear_pointer (&self->spent, g_array_unref);
  g_clear_pointer (&self->visited, g_array_unref);
  g_clear_pointer (&self->clip_at, g_array_unref);
  g_clear_pointer (&self->started_at, g_date_time_unref);
  g_clear_pointer (&self->finished_at, g_date_time_unref);

  G_OBJECT_CLASS (corro_presentation_parent_class)->finalize (object);
}

static void
corro_presentation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CorroPresentation *self = CORRO_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_STEP:
      g_value_set_uint (value, self->step);
      break;
    case PROP_SCREEN:
      g_value_set_int (value, self->screen);
      break;
    case PROP_STARTED:
      g_value_set_boolean (value, self->start_time != 0);
      break;
    case PROP_FINISHED:
      g_value_set_boolean (value, self->finish_time != 0);
      break;
    case PROP_TIMERS_PAUSED:
      g_value_set_boolean (value, self->paused_since != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
corro_presentation_class_init (CorroPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = corro_presentation_finalize;
  object_class->get_property = corro_presentation_get_property;

  properties[PROP_STEP] =
    g_param_spec_uint ("step", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCREEN] =
    g_param_spec_int ("screen", NULL, NULL, CORRO_SCREEN_CONTENT, CORRO_SCREEN_TITLE,
                      CORRO_SCREEN_CONTENT,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STARTED] =
    g_param_spec_boolean ("started", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FINISHED] =
    g_param_spec_boolean ("finished", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TIMERS_PAUSED] =
    g_param_spec_boolean ("timers-paused", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
corro_presentation_init (CorroPresentation *self)
{
  self->steps = g_array_new (FALSE, TRUE, sizeof (guint));
  self->spent = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->visited = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->clip_at = g_array_new (FALSE, TRUE, sizeof (gint64));
}

/* public API */

/**
 * corro_presentation_new:
 * @variant: the session length being presented, e.g. "group"
 * @language: the content language, chosen apart from the interface's
 */
CorroPresentation *
corro_presentation_new (CorroProgramme *programme,
                        CorroChapter   *chapter,
                        const char     *variant,
                        const char     *language)
{
  CorroPresentation *self;

  g_return_val_if_fail (CORRO_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (CORRO_IS_CHAPTER (chapter), NULL);
  g_return_val_if_fail (variant != NULL, NULL);

  self = g_object_new (CORRO_TYPE_PRESENTATION, NULL);
  self->programme = g_object_ref (programme);
  self->chapter = g_object_ref (chapter);
  self->variant = g_strdup (variant);
  self->language = g_strdup (language != NULL ? language : "en");
  collect_steps (self);
  self->session_minutes = variant_minutes (self);

  return self;
}

/**
 * corro_presentation_get_chapter:
 *
 * Returns: (transfer none): the chapter presented
 */
CorroChapter *
corro_presentation_get_chapter (CorroPresentation *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), NULL);

  return self->chapter;
}

/**
 * corro_presentation_get_programme:
 *
 * Returns: (transfer none): the programme the chapter belongs to
 */
CorroProgramme *
corro_presentation_get_programme (CorroPresentation *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), NULL);

  return self->programme;
}

const char *
corro_presentation_get_language (CorroPresentation *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), NULL);

  return self->language;
}

const char *
corro_presentation_get_variant (CorroPresentation *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), NULL);

  return self->variant;
}

guint
corro_presentation_get_n_steps (CorroPresentation *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), 0);

  return self->steps->len;
}

guint
corro_presentation_get_step (CorroPresentation *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), 0);

  return self->step;
}

/**
 * corro_presentation_get_segment:
 *
 * Returns: (transfer none) (nullable): the current segment
 */
CorroSegment *
corro_presentation_get_segment (CorroPresentation *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), NULL);

  return segment_of_step (self, self->step);
}

/**
 * corro_presentation_get_next_segment:
 *
 * Returns: (transfer none) (nullable): what comes after the current segment
 */
CorroSegment *
corro_presentation_get_next_segment (CorroPresentation *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), NULL);

  return segment_of_step (self, self->step + 1);
}

/**
 * corro_presentation_get_segment_index:
 *
 * Returns: the current segment's place in the chapter's plan
 */
guint
corro_presentation_get_segment_index (CorroPresentation *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), 0);

  return self->step < self->steps->len ? g_array_index (self->steps, guint, self->step) : 0;
}

/**
 * corro_presentation_start:
 * @now: g_get_monotonic_time(), or a test's clock
 *
 * The session starts now, whatever time it was planned for: the time left is
 * measured from here.
 */
void
corro_presentation_start (CorroPresentation *self,
                          gint64             now)
{
  g_return_if_fail (CORRO_IS_PRESENTATION (self));

  if (self->start_time != 0)
    return;

  self->start_time = MAX (session_clock (self, now), 1);
  self->step_time = self->start_time;
  self->started_at = g_date_time_new_now_local ();
  if (self->steps->len > 0)
    g_array_index (self->visited, gboolean, self->step) = TRUE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTED]);
}

gboolean
corro_presentation_is_started (CorroPresentation *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), FALSE);

  return self->start_time != 0;
}

/**
 * corro_presentation_next:
 *
 * Returns: whether there was a next segment to go to
 */
gboolean
corro_presentation_next (CorroPresentation *self,
                         gint64             now)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), FALSE);

  if (self->step + 1 >= self->steps->len)
    return FALSE;

  enter_step (self, self->step + 1, now);
  return TRUE;
}

/**
 * corro_presentation_previous:
 *
 * Returns: whether there was a previous segment to go back to
 */
gboolean
corro_presentation_previous (CorroPresentation *self,
                             gint64             now)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), FALSE);

  if (self->step == 0)
    return FALSE;

  enter_step (self, self->step - 1, now);
  return TRUE;
}

void
corro_presentation_go_to (CorroPresentation *self,
                          guint              step,
                          gint64             now)
{
  g_return_if_fail (CORRO_IS_PRESENTATION (self));

  enter_step (self, MIN (step, self->steps->len - 1), now);
}

/**
 * corro_presentation_finish:
 *
 * The session ends now: its times are kept for the record.
 */
void
corro_presentation_finish (CorroPresentation *self,
                           gint64             now)
{
  g_return_if_fail (CORRO_IS_PRESENTATION (self));

  if (self->start_time == 0 || self->finish_time != 0)
    return;

  close_step (self, now);
  self->finish_time = MAX (session_clock (self, now), self->start_time);
  self->finished_at = g_date_time_new_now_local ();

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINISHED]);
}

gboolean
corro_presentation_is_finished (CorroPresentation *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), FALSE);

  return self->finish_time != 0;
}

CorroScreen
corro_presentation_get_screen (CorroPresentation *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), CORRO_SCREEN_CONTENT);

  return self->screen;
}

/**
 * corro_presentation_set_screen:
 *
 * Blacks out the audience's screen, shows the title card, or goes back to the content.
 */
void
corro_presentation_set_screen (CorroPresentation *self,
                               CorroScreen        screen)
{
  g_return_if_fail (CORRO_IS_PRESENTATION (self));

  if (self->screen == screen)
    return;

  self->screen = screen;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCREEN]);
}

/**
 * corro_presentation_get_elapsed:
 *
 * Returns: microseconds since the real start (0 before it)
 */
gint64
corro_presentation_get_elapsed (CorroPresentation *self,
                                gint64             now)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), 0);

  if (self->start_time == 0)
    return 0;

  return MAX (0, (self->finish_time != 0 ? self->finish_time : session_clock (self, now)) -
                 self->start_time);
}

/**
 * corro_presentation_get_planned:
 *
 * Returns: the session's planned length in microseconds: the group's session length
 *   (see corro_presentation_set_session_minutes()), or the plan's total without one
 */
gint64
corro_presentation_get_planned (CorroPresentation *self)
{
  gint64 total;

  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), 0);

  total = self->session_minutes;
  if (total == 0)
    total = corro_chapter_get_total_minutes (self->chapter, self->variant);

  return total * USEC_PER_MINUTE;
}

guint
corro_presentation_get_session_minutes (CorroPresentation *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), 0);

  return self->session_minutes;
}

/**
 * corro_presentation_set_session_minutes:
 * @minutes: how long the group's session is, or 0 for the plan's total
 *
 * The length the time left counts down to. It starts as the length of the session
 * variant presented (e.g. 120 minutes for a group).
 */
void
corro_presentation_set_session_minutes (CorroPresentation *self,
                                        guint              minutes)
{
  g_return_if_fail (CORRO_IS_PRESENTATION (self));

  self->session_minutes = minutes;
}

/**
 * corro_presentation_get_left:
 *
 * Returns: microseconds left to the planned end, counted from the real start, so a
 *   late start does not eat into the session; negative when over
 */
gint64
corro_presentation_get_left (CorroPresentation *self,
                             gint64             now)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), 0);

  return corro_presentation_get_planned (self) - corro_presentation_get_elapsed (self, now);
}

/**
 * corro_presentation_get_segment_elapsed:
 *
 * Returns: microseconds spent on the current segment, over every visit
 */
gint64
corro_presentation_get_segment_elapsed (CorroPresentation *self,
                                        gint64             now)
{
  gint64 spent;

  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), 0);

  if (self->start_time == 0 || self->step >= self->steps->len)
    return 0;

  spent = g_array_index (self->spent, gint64, self->step);
  if (self->finish_time == 0)
    spent += MAX (0, session_clock (self, now) - self->step_time);

  return spent;
}

gint64
corro_presentation_get_segment_planned (CorroPresentation *self)
{
  CorroSegment *segment;

  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), 0);

  segment = corro_presentation_get_segment (self);
  return segment != NULL ? corro_segment_get_minutes (segment, self->variant) * USEC_PER_MINUTE
                         : 0;
}

/**
 * corro_presentation_get_segment_timing:
 *
 * Returns: how the current segment is going against its planned minutes
 */
CorroTiming
corro_presentation_get_segment_timing (CorroPresentation *self,
                                       gint64             now)
{
  gint64 elapsed, planned;

  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), CORRO_TIMING_ON_TIME);

  elapsed = corro_presentation_get_segment_elapsed (self, now);
  planned = corro_presentation_get_segment_planned (self);

  if (planned <= 0)
    return CORRO_TIMING_ON_TIME;
  if (elapsed > planned)
    return CORRO_TIMING_OVER;
  if (elapsed >= planned - MIN (planned / 5, NEAR_END_LIMIT))
    return CORRO_TIMING_NEAR_END;

  return CORRO_TIMING_ON_TIME;
}

/**
 * corro_presentation_get_started_at:
 *
 * Returns: (transfer none) (nullable): the wall-clock time of the real start
 */
GDateTime *
corro_presentation_get_started_at (CorroPresentation *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), NULL);

  return self->started_at;
}

/**
 * corro_presentation_get_finished_at:
 *
 * Returns: (transfer none) (nullable): the wall-clock time of the end
 */
GDateTime *
corro_presentation_get_finished_at (CorroPresentation *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), NULL);

  return self->finished_at;
}

/* The last step visited, or -1 before the start. */
static int
furthest_visited (CorroPresentation *self)
{
  for (int i = (int) self->steps->len - 1; i >= 0; i--)
    if (g_array_index (self->visited, gboolean, i))
      return i;

  return -1;
}

/**
 * corro_presentation_dup_skipped:
 *
 * The segments truly skipped: jumped over, never shown, while a later one was. Those
 * after the last segment shown were not reached (the session ended first): see
 * corro_presentation_dup_not_reached().
 *
 * Returns: (transfer full) (element-type guint): their places in the chapter's plan
 */
GArray *
corro_presentation_dup_skipped (CorroPresentation *self)
{
  GArray *skipped;
  int last;

  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), NULL);

  skipped = g_array_new (FALSE, FALSE, sizeof (guint));
  last = furthest_visited (self);
  for (int i = 0; i < last; i++)
    if (!g_array_index (self->visited, gboolean, i))
      g_array_append_val (skipped, g_array_index (self->steps, guint, i));

  return skipped;
}

/**
 * corro_presentation_dup_not_reached:
 *
 * Returns: (transfer full) (element-type guint): the places in the chapter's plan of the
 *   planned segments after the last one shown
 */
GArray *
corro_presentation_dup_not_reached (CorroPresentation *self)
{
  GArray *not_reached;

  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), NULL);

  not_reached = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = (guint) (furthest_visited (self) + 1); i < self->steps->len; i++)
    g_array_append_val (not_reached, g_array_index (self->steps, guint, i));

  return not_reached;
}

/**
 * corro_presentation_resume:
 * @now: g_get_monotonic_time(), or a test's clock
 *
 * Takes up an ended session again where it stopped: the same segment, the segments
 * already shown, the time spent on each, where each clip stopped. The session's real
 * start stays, so the time elapsed goes on counting from it; the time between the end
 * and now is not added to the current segment.
 */
void
corro_presentation_resume (CorroPresentation *self,
                           gint64             now)
{
  g_return_if_fail (CORRO_IS_PRESENTATION (self));

  if (self->finish_time == 0)
    return;

  self->finish_time = 0;
  self->step_time = MAX (session_clock (self, now), self->start_time);
  g_clear_pointer (&self->finished_at, g_date_time_unref);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINISHED]);
}

gboolean
corro_presentation_get_timers_paused (CorroPresentation *self)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), FALSE);

  return self->paused_since != 0;
}

/**
 * corro_presentation_set_timers_paused:
 * @paused: whether the session's timers stop (a fire alarm, a long interruption)
 *
 * While paused, the time elapsed, the time on the current segment and so the time left
 * stand still; the planned end moves later by as long as the pause lasts.
 */
void
corro_presentation_set_timers_paused (CorroPresentation *self,
                                      gboolean           paused,
                                      gint64             now)
{
  g_return_if_fail (CORRO_IS_PRESENTATION (self));

  paused = !!paused;
  if (paused == (self->paused_since != 0) || self->finish_time != 0)
    return;

  if (paused)
    {
      self->paused_since = MAX (now, 1);
    }
  else
    {
      self->paused_total += MAX (0, now - self->paused_since);
      self->paused_since = 0;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMERS_PAUSED]);
}

/**
 * corro_presentation_restart_timers:
 *
 * The session really starts now (the window was opened before the group came in): the
 * time elapsed and every segment's time go back to zero, the time left to the whole
 * session length, and the timers run.
 */
void
corro_presentation_restart_timers (CorroPresentation *self,
                                   gint64             now)
{
  g_return_if_fail (CORRO_IS_PRESENTATION (self));

  if (self->start_time == 0 || self->finish_time != 0)
    return;

  corro_presentation_set_timers_paused (self, FALSE, now);
  self->start_time = MAX (session_clock (self, now), 1);
  self->step_time = self->start_time;
  for (guint i = 0; i < self->spent->len; i++)
    g_array_index (self->spent, gint64, i) = 0;
  g_clear_pointer (&self->started_at, g_date_time_unref);
  self->started_at = g_date_time_new_now_local ();
}

/**
 * corro_presentation_dup_planned_end:
 *
 * Returns: (transfer full) (nullable): the wall-clock time the session is planned to
 *   end at: the real start plus the session length, later by any pause of the timers;
 *   %NULL before the start
 */
GDateTime *
corro_presentation_dup_planned_end (CorroPresentation *self,
                                    gint64             now)
{
  g_autoptr(GDateTime) wall = NULL;

  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), NULL);

  if (self->start_time == 0)
    return NULL;

  wall = g_date_time_new_now_local ();
  return g_date_time_add (wall, corro_presentation_get_left (self, now));
}

/**
 * corro_presentation_get_segment_left:
 *
 * Returns: microseconds left of the current segment's planned minutes; negative when over
 */
gint64
corro_presentation_get_segment_left (CorroPresentation *self,
                                     gint64             now)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), 0);

  return corro_presentation_get_segment_planned (self) -
         corro_presentation_get_segment_elapsed (self, now);
}

/**
 * corro_presentation_get_step_segment:
 *
 * Returns: (transfer none) (nullable): the segment of @step
 */
CorroSegment *
corro_presentation_get_step_segment (CorroPresentation *self,
                                     guint              step)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), NULL);

  return segment_of_step (self, step);
}

/**
 * corro_presentation_get_step_visited:
 *
 * Returns: whether @step has been current since the start
 */
gboolean
corro_presentation_get_step_visited (CorroPresentation *self,
                                     guint              step)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), FALSE);

  return step < self->visited->len && g_array_index (self->visited, gboolean, step);
}

/**
 * corro_presentation_get_clip_position:
 *
 * Returns: where @step's clip stopped when it was last shown (µs from the start of the
 *   file), or -1 when it has not been played
 */
gint64
corro_presentation_get_clip_position (CorroPresentation *self,
                                      guint              step)
{
  g_return_val_if_fail (CORRO_IS_PRESENTATION (self), -1);

  return step < self->clip_at->len ? g_array_index (self->clip_at, gint64, step) : -1;
}

/**
 * corro_presentation_set_clip_position:
 * @position: where @step's clip is, so that going back to it goes on from there
 */
void
corro_presentation_set_clip_position (CorroPresentation *self,
                                      guint              step,
                                      gint64             position)
{
  g_return_if_fail (CORRO_IS_PRESENTATION (self));

  if (step < self->clip_at->len)
    g_array_index (self->clip_at, gint64, step) = MAX (position, -1);
}
