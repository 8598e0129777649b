/* corro-history.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person's history in plain words: one line of the audit trail about their record,
 * said the way a member of staff would say it ("Added to Grupo Martes"), in the
 * language shown. Used by the person's page and by the person's exported record.
 */

#pragma once

#include <glib.h>

#include "corro-store-rights.h"
#include "corro-types.h"

G_BEGIN_DECLS

char *corro_history_dup_description (const CorroStorePerson     *person,
                                     const CorroStoreAuditEntry *entry);
char *corro_history_dup_when        (const CorroStoreAuditEntry *entry);
char *corro_history_dup_line        (const CorroStorePerson     *person,
                                     const CorroStoreAuditEntry *entry);

G_END_DECLS
