/* main.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <malloc.h>

#include <glib/gi18n.h>

#include "corro-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CorroApplication) app = NULL;
  const char *localedir = g_getenv ("CORRO_LOCALEDIR");

  /* CORRO_LOCALEDIR lets an uninstalled build find its own translations. */
  if (localedir == NULL || localedir[0] == '\0')
    localedir = LOCALEDIR;

  /* Video frames are about a megabyte each: give them their own mappings, returned on
   * free, so memory stays near flat over a session's many clip changes (measured with
   * bench/bench-media: +38 kB per change over 300 changes, against up to +170 kB). */
  mallopt (M_MMAP_THRESHOLD, 1 << 20);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = corro_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
