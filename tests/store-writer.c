/* store-writer.c
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helper for test-database: commits N rows, then writes forever inside one open
 * transaction until the test kills it with SIGKILL.
 */

#include "config.h"

#include <stdio.h>

#include "corro-database.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CorroDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (argc != 3)
    {
      g_printerr ("usage: %s DATABASE N\n", argv[0]);
      return 2;
    }
  n = (guint) g_ascii_strtoull (argv[2], NULL, 10);

  if (!(db = corro_database_open (argv[1], &error)))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  /* Each committed row in its own transaction, as the app saves a row at a time. */
  for (guint i = 0; i < n; i++)
    if (!corro_database_exec (db, "INSERT INTO audit (action, entity, detail) "
                                  "VALUES ('committed', 'note', hex (randomblob (100)))",
                              &error))
      {
        g_printerr ("%s\n", error->message);
        return 1;
      }
  printf ("committed %u\n", n);
  fflush (stdout);

  if (!corro_database_begin (db, &error))
    return 1;
  for (guint64 i = 0; ; i++)
    {
      corro_database_exec (db, "INSERT INTO audit (action, entity, detail) "
                               "VALUES ('uncommitted', 'note', hex (randomblob (400)))",
                           NULL);
      if (i == 2000)
        {
          printf ("writing\n");
          fflush (stdout);
        }
    }

  return 0;
}
