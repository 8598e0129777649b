/* corro-types.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CorroApplication    CorroApplication;
typedef struct _CorroChapter        CorroChapter;
typedef struct _CorroChapterRow     CorroChapterRow;
typedef struct _CorroDatabase       CorroDatabase;
typedef struct _CorroProgramme      CorroProgramme;
typedef struct _CorroRecoveryWindow CorroRecoveryWindow;
typedef struct _CorroStore          CorroStore;
typedef struct _CorroWindow         CorroWindow;

G_END_DECLS
