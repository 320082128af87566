// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's quality-bar figures on a database (PRODUCT.md, issue 3): how long until the
// contact list shows its first rows after the window is created, the longest stall of the UI
// thread while the list is scrolled page by page and sorted by each column (an event-loop latency
// probe: a 5 ms timer that records how late it fires), and the resident memory at the end.
// Usage: bench_ui DATABASE [PAGES]   (run under QT_QPA_PLATFORM=offscreen)
#include "core/storage/databaseopener.h"
#include "ui/contacts/contactlistmodel.h"
#include "ui/contacts/contactlistview.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

// Records how late a 5 ms timer fires: the UI thread's stalls.
class LatencyProbe : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_stalls.push_back(double(now - m_last) / 1e6 - 5.0);
            m_last = now;
        });
    }
    void start()
    {
        m_stalls.clear();
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double max() const { return m_stalls.empty() ? 0 : *std::max_element(m_stalls.begin(), m_stalls.end()); }
    double p95()
    {
        if (m_stalls.empty())
            return 0;
        std::sort(m_stalls.begin(), m_stalls.end());
        return m_stalls[size_t(0.95 * double(m_stalls.size() - 1))];
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_stalls;
};

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

void spin(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_ui DATABASE [PAGES]\n");
        return 1;
    }
    const int pages = argc > 2 ? std::atoi(argv[2]) : 200;
    QElapsedTimer clock;
    clock.start();
    Kizuna::Storage::OpenOptions options;
    options.create = false;
    auto db = Kizuna::Storage::DatabaseOpener::open(QString::fromLocal8Bit(argv[1]), options);
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    Kizuna::Ui::MainWindow window(std::move(*db));
    window.resize(1280, 800);
    window.show();
    QTableView *table = window.contactsView()->tableView();
    while (table->model()->rowCount() == 0 && clock.elapsed() < 60000)
        QCoreApplication::processEvents();
    const double firstRowsMs = double(clock.nsecsElapsed()) / 1e6;

    LatencyProbe probe;
    probe.start();
    // Page Down as a user presses it: the view loads the next batch when it reaches the end.
    const auto pageDown = [table] {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_PageDown, Qt::NoModifier);
        QApplication::sendEvent(table, &press);
    };
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    for (int page = 0; page < pages; ++page) {
        pageDown();
        spin(16); // one frame
    }
    probe.stop();
    const int rowsLoaded = table->model()->rowCount();
    const double scrollMax = probe.max();
    const double scrollP95 = probe.p95();

    probe.start();
    using Model = Kizuna::Ui::ContactListModel;
    for (int column : {Model::EmailColumn, Model::PhoneColumn, Model::PrefectureColumn, Model::KindColumn,
                       Model::StageColumn, Model::NameColumn}) {
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            table->sortByColumn(column, order);
            spin(50);
            table->setCurrentIndex(table->model()->index(0, 0));
            for (int page = 0; page < 5; ++page) {
                pageDown();
                spin(16);
            }
        }
    }
    probe.stop();
    std::printf("{\"first_rows_ms\":%.0f,\"scroll_pages\":%d,\"rows_loaded\":%d,\"scroll_stall_max_ms\":%.1f,"
                "\"scroll_stall_p95_ms\":%.1f,\"sort_stall_max_ms\":%.1f,\"sort_stall_p95_ms\":%.1f,\"rss_mb\":%.0f}\n",
                firstRowsMs, pages, rowsLoaded, scrollMax, scrollP95, probe.max(), probe.p95(),
                double(residentKiB()) / 1024.0);
    return 0;
}
