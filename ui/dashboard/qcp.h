// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// QCustomPlot's header uses the Qt keywords `signals` and `foreach`, which Kizuna's targets turn
// off (QT_NO_KEYWORDS). Include it through this header: the keywords are mapped for the header
// only.
#ifndef signals
#define signals Q_SIGNALS
#define KIZUNA_QCP_SIGNALS
#endif
#ifndef foreach
#define foreach Q_FOREACH
#define KIZUNA_QCP_FOREACH
#endif

#include <qcustomplot.h>

#ifdef KIZUNA_QCP_SIGNALS
#undef signals
#undef KIZUNA_QCP_SIGNALS
#endif
#ifdef KIZUNA_QCP_FOREACH
#undef foreach
#undef KIZUNA_QCP_FOREACH
#endif
