/* corro-demo.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "corro-demo"

#include "config.h"

#include <string.h>

#include "corro-demo.h"
#include "corro-group.h"
#include "corro-participant.h"
#include "corro-records.h"
#include "corro-reflection.h"
#include "corro-session.h"

/* A fictional demo for newcomers and screenshots: a finished group that met in person
 * in Spanish, a running online group in English, a planned group with referrals waiting,
 * attendance and notes of every kind. Every name, place and note is invented. Dates
 * are set around today, so the demo always looks current. It is written through
 * CorroRecords, as the window would write it. */

typedef struct
{
  const char        *name;
  CorroRelationship  relationship;
  int                child_age_months;
  const char        *phone;
  const char        *source;
  int                referred_days_ago;
  const char        *marks;   /* one letter a session: P L A E C, or - for unmarked */
  const char        *withdrawn;
} DemoPerson;

typedef struct
{
  guint       chapter;
  const char *text;
  gboolean    finalised;
} DemoNote;

static const DemoPerson martes_people[] = {
  { "Lucía Hernández", CORRO_RELATIONSHIP_MOTHER, 18, "55 5555 0142", "Centro de salud",
    170, "PPPPPPPP", NULL },
  { "José Martínez", CORRO_RELATIONSHIP_FATHER, 30, "55 5555 0178", "Trabajo social",
    168, "PPPCPPAP", NULL },
  { "María Guadalupe Sánchez", CORRO_RELATIONSHIP_GRANDPARENT, 48, "55 5555 0119",
    "Centro de salud", 165, "PPEPPAPP", NULL },
  { "Ana Sofía Ramírez", CORRO_RELATIONSHIP_MOTHER, 9, "55 5555 0163", "Clínica perinatal",
    160, "PLPPLPPA", NULL },
  { "Carmen López", CORRO_RELATIONSHIP_FOSTER_CARER, 36, "55 5555 0107", "DIF municipal",
    160, "PPP-----", "Cambio de horario de trabajo" },
  { "Fernanda Ruiz", CORRO_RELATIONSHIP_MOTHER, 24, "55 5555 0185", "Escuela",
    158, "PPAPAPAP", NULL },
  { "Jorge Castillo", CORRO_RELATIONSHIP_FATHER, 40, "55 5555 0131", "Trabajo social",
    157, "PPPPPPEP", NULL },
};

static const DemoNote martes_notes[] = {
  { 1, "Primera sesión. El grupo llegó con curiosidad y algo de nervios. Presentamos el "
       "Círculo y cada quien contó qué le gustaría entender mejor de su hijo o hija. "
       "Acordamos empezar puntuales y cuidar la confidencialidad.", TRUE },
  { 3, "Hablamos de Estar-con. José y Lucía se reconocieron en el ejemplo del llanto "
       "nocturno. María Guadalupe compartió cómo lo vivía con sus propios hijos.", TRUE },
  { 6, "Sesión intensa sobre la música de tiburón. Pausamos el video dos veces más de lo "
       "previsto; el grupo necesitaba tiempo.", TRUE },
  { 8, "Cierre y celebración. Entregamos constancias. Varias familias pidieron un grupo "
       "de seguimiento en unos meses.", TRUE },
};

static const DemoPerson riverside_people[] = {
  { "Tom Baker", CORRO_RELATIONSHIP_FATHER, 14, "07700 900112", "Health visitor",
    40, "PPL", NULL },
  { "Priya Sharma", CORRO_RELATIONSHIP_MOTHER, 7, "07700 900145", "Perinatal mental health",
    38, "PCP", NULL },
  { "Chloe Evans", CORRO_RELATIONSHIP_MOTHER, 20, "07700 900178", "Self-referral",
    36, "PPP", NULL },
  { "Sam O'Neill", CORRO_RELATIONSHIP_FOSTER_CARER, 30, "07700 900101", "Social worker",
    35, "LPP", NULL },
  { "Grace Okafor", CORRO_RELATIONSHIP_GRANDPARENT, 22, "07700 900190", "Health visitor",
    33, "PPE", NULL },
  { "Daniel Hughes", CORRO_RELATIONSHIP_FATHER, 11, "07700 900156", "GP",
    30, "APP", NULL },
};

static const DemoNote riverside_notes[] = {
  { 1, "A warm first meeting on video. Everyone found the room in time except Daniel, "
       "who could not get the link to work; we called him afterwards.", TRUE },
  { 2, "Exploring our children's needs: the group enjoyed spotting the top and bottom of "
       "the Circle in the clips. Tom asked good questions about bedtime.", TRUE },
  { 3, "Being-With. Quieter session; Grace was away. Draft, to finish after supervision.",
    FALSE },
};

static const DemoPerson autumn_people[] = {
  { "Aisha Khan", CORRO_RELATIONSHIP_MOTHER, 5, "07700 900123", "Health visitor",
    12, "", NULL },
  { "Lily Thompson", CORRO_RELATIONSHIP_MOTHER, 10, "07700 900167", "Perinatal mental health",
    9, "", NULL },
  { "Rosa Jiménez", CORRO_RELATIONSHIP_GRANDPARENT, 26, "07700 900134", "Social worker",
    6, "", NULL },
};

/* helpers */

static char *
day_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_format (day, "%Y-%m-%d");
}

/* The date of @weekday (1 Monday … 7 Sunday) in the week @weeks from this one. */
static char *
weekday_from_today (guint weekday,
                    int   weeks)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int back = (g_date_time_get_day_of_week (now) - (int) weekday + 7) % 7;

  return day_from_today (7 * weeks - back);
}

static CorroAttendanceMark
mark_for (char letter)
{
  switch (letter)
    {
    case 'P':
      return CORRO_ATTENDANCE_PRESENT;
    case 'L':
      return CORRO_ATTENDANCE_LATE;
    case 'A':
      return CORRO_ATTENDANCE_ABSENT;
    case 'E':
      return CORRO_ATTENDANCE_EXCUSED;
    case 'C':
      return CORRO_ATTENDANCE_CAUGHT_UP;
    default:
      return CORRO_ATTENDANCE_NONE;
    }
}

static CorroGroup *
add_group (CorroRecords      *records,
           const char        *programme_id,
           const char        *name,
           CorroGroupMode     mode,
           const char        *language,
           const char        *age_band,
           const char        *venue,
           const char        *facilitators,
           const char        *start_time,
           guint              weekday,
           int                start_weeks,
           GError           **error)
{
  g_autoptr(CorroGroup) group = corro_group_new (name, programme_id);
  g_autofree char *start = weekday_from_today (weekday, start_weeks);

  corro_group_set_mode (group, mode);
  corro_group_set_language (group, language);
  corro_group_set_age_band (group, age_band);
  corro_group_set_venue (group, venue);
  corro_group_set_facilitators (group, facilitators);
  corro_group_set_start_time (group, start_time);
  corro_group_set_start_date (group, start);
  corro_group_set_status (group, start_weeks <= 0 ? CORRO_GROUP_STATUS_RUNNING
                                                 : CORRO_GROUP_STATUS_PLANNED);

  if (!corro_records_add_group (records, group, error))
    return NULL;

  return g_steal_pointer (&group);
}

static CorroSession *
session_for (CorroGroup *group,
             guint       chapter)
{
  GListModel *sessions = corro_group_get_sessions (group);
  guint n = g_list_model_get_n_items (sessions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroSession) session = g_list_model_get_item (sessions, i);

      if (corro_session_get_chapter (session) == chapter && !corro_session_get_extra (session))
        return session;
    }

  return NULL;
}

static CorroParticipant *
participant_named (CorroGroup *group,
                   const char *name)
{
  GListModel *participants = corro_group_get_participants (group);
  guint n = g_list_model_get_n_items (participants);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorroParticipant) participant = g_list_model_get_item (participants, i);

      if (g_str_equal (corro_participant_get_name (participant), name))
        return participant;
    }

  g_return_val_if_reached (NULL);
}

static gboolean
add_people (CorroRecords      *records,
            CorroGroup        *group,
            const DemoPerson  *people,
            guint              n_people,
            const char        *language,
            GError           **error)
{
  for (guint i = 0; i < n_people; i++)
    {
      const DemoPerson *person = &people[i];
      g_autoptr(CorroParticipant) participant = corro_participant_new (person->name);
      g_autofree char *referred = day_from_today (-person->referred_days_ago);
      g_autofree char *consent = day_from_today (-person->referred_days_ago + 7);
      guint n_marks = strlen (person->marks);

      corro_participant_set_relationship (participant, person->relationship);
      corro_participant_set_child_age_months (participant, person->child_age_months);
      corro_participant_set_language (participant, language);
      corro_participant_set_phone (participant, person->phone);
      corro_participant_set_referral_source (participant, person->source);
      corro_participant_set_referral_date (participant, referred);
      if (n_marks > 0)
        {
          corro_participant_set_consent_date (participant, consent);
          corro_participant_set_consent_scope (participant,
                                               g_str_equal (language, "es")
                                               ? "Registro de asistencia y notas; contacto "
                                                 "por teléfono"
                                               : "Attendance and notes; contact by phone");
        }

      if (!corro_records_add_participant (records, group, participant, error))
        return FALSE;

      if (n_marks > 0)
        {
          if (!corro_records_log_contact (records, group, participant, consent,
                                          CORRO_CONTACT_PHONE, NULL, error) ||
              !corro_records_set_status (records, group, participant,
                                         CORRO_ENROLMENT_ENROLLED, NULL, error))
            return FALSE;
        }

      for (guint chapter = 1; chapter <= n_marks; chapter++)
        {
          CorroAttendanceMark mark = mark_for (person->marks[chapter - 1]);
          CorroSession *session = session_for (group, chapter);

          if (mark != CORRO_ATTENDANCE_NONE && session != NULL &&
              !corro_records_mark_attendance (records, group, session, participant, mark,
                                              error))
            return FALSE;
        }

      if (person->withdrawn != NULL &&
          !corro_records_set_status (records, group, participant, CORRO_ENROLMENT_WITHDRAWN,
                                     person->withdrawn, error))
        return FALSE;
    }

  return TRUE;
}

static CorroReflection *
write_note (CorroRecords         *records,
            CorroReflectionKind   kind,
            CorroSession         *session,
            CorroParticipant     *participant,
            const char           *text,
            gboolean              finalised,
            GError              **error)
{
  g_autoptr(CorroReflection) note = NULL;

  note = corro_reflection_new (kind, session != NULL ? corro_session_get_id (session) : 0,
                               participant != NULL ? corro_participant_get_id (participant)
                                                   : 0);
  if (!corro_records_save_reflection (records, note, text, error) ||
      (finalised && !corro_records_finalise_reflection (records, note, error)))
    return NULL;

  return g_steal_pointer (&note);
}

static gboolean
write_notes (CorroRecords    *records,
             CorroGroup      *group,
             const DemoNote  *notes,
             guint            n_notes,
             GError         **error)
{
  for (guint i = 0; i < n_notes; i++)
    {
      g_autoptr(CorroReflection) note = NULL;

      note = write_note (records, CORRO_REFLECTION_SESSION,
                         session_for (group, notes[i].chapter), NULL, notes[i].text,
                         notes[i].finalised, error);
      if (note == NULL)
        return FALSE;
    }

  return TRUE;
}

static gboolean
fill_martes (CorroRecords  *records,
             const char    *programme_id,
             GError       **error)
{
  g_autoptr(CorroGroup) group = NULL;
  g_autoptr(CorroReflection) note = NULL;
  CorroParticipant *jose, *fernanda;
  CorroSession *third;

  group = add_group (records, programme_id, "Grupo de los martes — Coyoacán",
                     CORRO_GROUP_MODE_IN_PERSON, "es", "0-5",
                     "Centro Comunitario Santa Catarina, Coyoacán",
                     "Mariana Ortega, Diego Salas", "17:30", 2, -19, error);
  if (group == NULL ||
      !add_people (records, group, martes_people, G_N_ELEMENTS (martes_people), "es", error) ||
      !write_notes (records, group, martes_notes, G_N_ELEMENTS (martes_notes), error))
    return FALSE;

  /* The third session ran long and skipped the handout. */
  third = session_for (group, 3);
  corro_session_set_started_at (third, "17:35");
  corro_session_set_ended_at (third, "19:40");
  corro_session_set_skipped (third, "6");
  if (!corro_records_save_session (records, third, error))
    return FALSE;

  jose = participant_named (group, "José Martínez");
  fernanda = participant_named (group, "Fernanda Ruiz");

  note = write_note (records, CORRO_REFLECTION_PARTICIPANT, session_for (group, 4), jose,
                     "José faltó a la sesión 4 por trabajo; la vimos juntos el viernes y "
                     "la retomó con mucho interés.", TRUE, error);
  if (note == NULL ||
      !corro_records_add_addendum (records, note,
                                   "Corrección: la sesión de recuperación fue el jueves, "
                                   "no el viernes.", error))
    return FALSE;
  g_clear_object (&note);

  note = write_note (records, CORRO_REFLECTION_PARTICIPANT, session_for (group, 7), fernanda,
                     "Fernanda avisó que no podía venir; propusimos una llamada para "
                     "repasar reparación.", TRUE, error);
  if (note == NULL)
    return FALSE;
  g_clear_object (&note);

  note = write_note (records, CORRO_REFLECTION_SELF, session_for (group, 6), NULL,
                     "Mi música de tiburón sonó cuando un papá se enojó con el video: quise "
                     "apurar la discusión. Llevarlo a supervisión.", TRUE, error);
  if (note == NULL)
    return FALSE;
  g_clear_object (&note);

  note = write_note (records, CORRO_REFLECTION_FIDELITY, session_for (group, 6), NULL,
                     "Fidelidad de contenido: se cubrieron todas las pausas. Proceso: "
                     "buen Estar-con con el grupo, menos con el participante enojado.",
                     TRUE, error);
  if (note == NULL)
    return FALSE;

  return corro_records_finish_group (records, group, error);
}

static gboolean
fill_riverside (CorroRecords  *records,
                const char    *programme_id,
                GError       **error)
{
  g_autoptr(CorroGroup) group = NULL;
  g_autoptr(CorroReflection) note = NULL;
  CorroParticipant *tom;

  group = add_group (records, programme_id, "Thursday mornings — Riverside Family Hub",
                     CORRO_GROUP_MODE_ONLINE, "en", "0-2",
                     "https://meet.example.org/riverside-circle", "Hannah Reid", "10:00",
                     4, -2, error);
  if (group == NULL ||
      !add_people (records, group, riverside_people, G_N_ELEMENTS (riverside_people), "en",
                   error) ||
      !write_notes (records, group, riverside_notes, G_N_ELEMENTS (riverside_notes), error))
    return FALSE;

  tom = participant_named (group, "Tom Baker");
  note = write_note (records, CORRO_REFLECTION_PARTICIPANT, session_for (group, 2), tom,
                     "Tom spoke about finding it hard to stay calm when his son cries at "
                     "night; he wants to try being-with before fixing.", TRUE, error);
  if (note == NULL)
    return FALSE;
  g_clear_object (&note);

  note = write_note (records, CORRO_REFLECTION_SELF, session_for (group, 3), NULL,
                     "Noticed my own shark music when the call went silent: I filled the "
                     "pause instead of waiting. Try counting to ten next week.", FALSE, error);
  if (note == NULL)
    return FALSE;
  g_clear_object (&note);

  note = write_note (records, CORRO_REFLECTION_FIDELITY, NULL, NULL,
                     "Supervision: review the recording of chapter 2 for pacing around the "
                     "second pause point.", FALSE, error);
  return note != NULL;
}

static gboolean
fill_autumn (CorroRecords  *records,
             const char    *programme_id,
             GError       **error)
{
  g_autoptr(CorroGroup) group = NULL;
  CorroParticipant *lily, *rosa;
  g_autofree char *called = day_from_today (-2);

  group = add_group (records, programme_id, "Autumn group — Riverside Family Hub",
                     CORRO_GROUP_MODE_IN_PERSON, "en", "0-2",
                     "Riverside Family Hub, Room 2", "Hannah Reid, Owen Price", "13:30", 3,
                     5, error);
  if (group == NULL ||
      !add_people (records, group, autumn_people, G_N_ELEMENTS (autumn_people), "en", error))
    return FALSE;

  lily = participant_named (group, "Lily Thompson");
  rosa = participant_named (group, "Rosa Jiménez");

  return corro_records_log_contact (records, group, lily, called, CORRO_CONTACT_PHONE,
                                    "Pre-group call: happy to come; would like to bring "
                                    "the baby to the first session.", error) &&
         corro_records_log_contact (records, group, rosa, called, CORRO_CONTACT_IN_PERSON,
                                    "Met at the hub with her social worker.", error) &&
         corro_records_set_status (records, group, rosa, CORRO_ENROLMENT_ENROLLED, NULL,
                                   error);
}

/* public API */

/**
 * corro_demo_fill:
 * @records: records of an empty database
 * @programme_id: a programme kept in it, e.g. "cosp"
 *
 * Writes the fictional demo: a finished Spanish group met in person, a running English
 * group met online, a planned group with referrals waiting; attendance, and notes of
 * every kind.
 */
gboolean
corro_demo_fill (CorroRecords  *records,
                 const char    *programme_id,
                 GError       **error)
{
  g_return_val_if_fail (CORRO_IS_RECORDS (records), FALSE);
  g_return_val_if_fail (programme_id != NULL, FALSE);

  return fill_autumn (records, programme_id, error) &&
         fill_martes (records, programme_id, error) &&
         fill_riverside (records, programme_id, error);
}
