/* corro-date.h
 *
 * Copyright 2026 Corro developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * CorroDateOrder:
 * @CORRO_DATE_ORDER_DAY_FIRST: 25/12/2026 (es_MX, en_GB, and most of the world)
 * @CORRO_DATE_ORDER_MONTH_FIRST: 12/25/2026 (en_US)
 *
 * How a date typed with a slash, dash or dot is read when it does not start with a
 * four-digit year (which is always read year-month-day, as ISO 8601).
 */
typedef enum
{
  CORRO_DATE_ORDER_DAY_FIRST,
  CORRO_DATE_ORDER_MONTH_FIRST,
} CorroDateOrder;

CorroDateOrder  corro_date_order_for_locale (void);
char           *corro_date_parse            (const char     *text,
                                             CorroDateOrder  order);
char           *corro_date_parse_local      (const char     *text);
char           *corro_date_format_local     (const char     *iso_date);
char           *corro_date_dup_not_a_date   (const char     *text);
char           *corro_date_dup_hint         (void);

G_END_DECLS
