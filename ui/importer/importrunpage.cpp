// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/importrunpage.h"

#include "core/dedupe/duplicatefinder.h"
#include "core/io/orderimporter.h"
#include "core/io/recordimporter.h"
#include "core/io/vcardimporter.h"
#include "core/model/changecontext.h"
#include "core/storage/statement.h"
#include "ui/importer/ordercolumns.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace Kizuna::Ui {

namespace {

enum Stage { Reading, Writing, Duplicates };

// Column number overrides for every column, so the import uses exactly the mapping on screen.
QStringList overridesFor(const Io::ColumnMapping &mapping)
{
    QStringList overrides;
    for (qsizetype c = 0; c < mapping.fields.size(); ++c) {
        const QString &field = mapping.fields.at(c);
        overrides.append(QString::number(c + 1) + u'=' + (field.isEmpty() ? QStringLiteral("-") : field));
    }
    return overrides;
}

// An order file: the order importer with the wizard's columns; the mapping is remembered for
// the layout once the orders are in (a file without a header has no layout).
Result<ImportOutcome> importOrders(Storage::Database &db, const ImportState &state,
                                   const std::function<void(qint64)> &progress, const std::atomic<bool> &cancel)
{
    auto context = Model::changeContextFor(db);
    if (!context.ok())
        return context.error();
    QFile file(state.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(ImportRunPage::tr("%1: cannot open the file: %2").arg(state.filePath, file.errorString()));
    Io::OrderImporter importer(db, *context);
    auto summary = importer.importCsv(file, OrderColumns::optionsFor(state), progress, &cancel);
    if (!summary.ok())
        return summary.error();
    if (summary->written && state.hasHeader)
        (void)OrderColumns::columns().remember(db, state.mapping); // a convenience: the orders are in
    return ImportOutcome{OrderColumns::commonSummary(*summary, state), 0, summary->customers, summary->newContacts};
}

Result<Io::ImportSummary> importFile(Storage::Database &db, const ImportState &state,
                                            const Io::ContactImportOptions &options,
                                            const std::function<void(qint64)> &progress,
                                            const std::function<void(qint64)> &writing,
                                            const std::atomic<bool> &cancel)
{
    auto context = Model::changeContextFor(db);
    if (!context.ok())
        return context.error();
    QFile file(state.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(ImportRunPage::tr("%1: cannot open the file: %2").arg(state.filePath, file.errorString()));
    if (state.entity != u"contact") {
        Io::RecordImportOptions recordOptions;
        recordOptions.mapOverrides = options.mapOverrides;
        recordOptions.onDuplicate = options.onDuplicate;
        recordOptions.csv = options.csv;
        Io::RecordImporter importer(db, *context, Io::RecordImporter::rulesFor(state.entity));
        auto summary = importer.importCsv(file, recordOptions, progress, &cancel);
        if (!summary.ok())
            return summary.error();
        return Io::ImportSummary(*summary);
    }
    if (state.vcard) {
        Io::VCardImporter importer(db, *context);
        auto summary = importer.import(file, options, progress, &cancel);
        if (!summary.ok())
            return summary.error();
        return Io::ImportSummary(summary->contacts);
    }
    Io::ContactImporter importer(db, *context);
    importer.setWritingCallback(writing);
    auto summary = importer.importCsv(file, options, progress, &cancel);
    if (!summary.ok())
        return summary.error();
    return Io::ImportSummary(*summary);
}

} // namespace

ImportRunPage::ImportRunPage(ImportState &state, QString databasePath, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_databasePath(std::move(databasePath))
{
    setTitle(tr("Importing"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel import"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch();
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ImportRunPage::showProgress);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
}

ImportRunPage::~ImportRunPage()
{
    if (m_watcher && m_running) {
        m_cancelFlag->store(true);
        m_watcher->waitForFinished();
    }
}

void ImportRunPage::initializePage()
{
    m_state.finished = false;
    start();
}

void ImportRunPage::cleanupPage()
{
    cancel();
}

bool ImportRunPage::isComplete() const
{
    return m_state.finished;
}

void ImportRunPage::cancel()
{
    if (!m_running)
        return;
    m_cancelFlag->store(true);
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ImportRunPage::start()
{
    m_fileSize = QFileInfo(m_state.filePath).size();
    m_cancelFlag = Storage::makeCancelFlag();
    m_bytes = std::make_shared<std::atomic<qint64>>(0);
    m_stage = std::make_shared<std::atomic<int>>(Reading);
    m_running = true;
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_status->setText(tr("Reading %1…").arg(QFileInfo(m_state.filePath).fileName()));

    Io::ContactImportOptions options;
    options.onDuplicate = m_state.policy;
    options.csv.encoding = m_state.encoding;
    options.csv.separator = m_state.separator;
    if (!m_state.vcard)
        options.mapOverrides = overridesFor(m_state.mapping);
    const ImportState state = m_state;
    auto bytes = m_bytes;
    auto stage = m_stage;
    auto work = [state, options, bytes, stage](Storage::Database &db,
                                                const std::atomic<bool> &cancel) -> Result<ImportOutcome> {
        if (state.entity == u"order")
            return importOrders(db, state, [bytes](qint64 read) { bytes->store(read); }, cancel);
        auto lastRowid = Dedupe::DuplicateFinder::newestContactRowid(db);
        if (!lastRowid.ok())
            return lastRowid.error();
        auto summary = importFile(
            db, state, options, [bytes](qint64 read) { bytes->store(read); },
            [stage](qint64) { stage->store(Writing); }, cancel);
        if (!summary.ok())
            return summary.error();
        ImportOutcome outcome;
        outcome.summary = *summary;
        if (state.entity == u"contact" && summary->written && summary->imported > 0) {
            stage->store(Duplicates);
            // The import is committed: a cancel now only skips the duplicate check.
            auto pairs = Dedupe::DuplicateFinder::countPairsInvolvingRowidAbove(db, *lastRowid, &cancel);
            outcome.duplicatePairs = pairs.ok() ? int(*pairs) : 0;
        }
        return outcome;
    };
    delete m_watcher;
    m_watcher = new QFutureWatcher<Result<ImportOutcome>>(this);
    connect(m_watcher, &QFutureWatcher<Result<ImportOutcome>>::finished, this,
            [this] { done(m_watcher->result()); });
    m_watcher->setFuture(Storage::runInBackground<ImportOutcome>(m_databasePath, m_cancelFlag, work));
    m_timer->start();
}

void ImportRunPage::showProgress()
{
    switch (m_stage->load()) {
    case Reading:
        if (m_fileSize > 0)
            m_progress->setValue(int(qMin<qint64>(1000, m_bytes->load() * 900 / m_fileSize)));
        break;
    case Writing:
        m_progress->setValue(950);
        if (!m_cancelFlag->load())
            m_status->setText(tr("Writing the contacts…"));
        break;
    case Duplicates:
        m_progress->setValue(1000);
        m_cancel->setEnabled(false);
        m_status->setText(tr("Looking for duplicates among the new contacts…"));
        break;
    }
}

void ImportRunPage::done(const Result<ImportOutcome> &outcome)
{
    m_timer->stop();
    m_running = false;
    m_cancel->setEnabled(false);
    if (!outcome.ok()) {
        const bool cancelled = outcome.error().kind == ErrorKind::Cancelled;
        m_status->setText(cancelled ? tr("Import cancelled: nothing was changed.")
                                    : tr("Import failed, nothing was changed: %1").arg(outcome.error().message));
        Q_EMIT finished(false, m_status->text());
        return;
    }
    m_progress->setValue(1000);
    m_state.summary = outcome->summary;
    m_state.duplicatePairs = outcome->duplicatePairs;
    m_state.orderCustomers = outcome->orderCustomers;
    m_state.newContacts = outcome->newContacts;
    m_state.finished = true;
    m_status->setText(tr("Done."));
    Q_EMIT completeChanged();
    Q_EMIT finished(m_state.summary.written, QString());
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

} // namespace Kizuna::Ui
