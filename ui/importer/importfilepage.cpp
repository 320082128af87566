// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/importfilepage.h"

#include "core/io/csvreader.h"
#include "core/io/iotr.h"
#include "ui/importer/importwizard.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>

namespace Kizuna::Ui {

namespace {

constexpr int SampleRows = 3;

QString separatorLabel(Io::CsvSeparator separator)
{
    switch (separator) {
    case Io::CsvSeparator::Semicolon:
        return ImportFilePage::tr("semicolon (;)");
    case Io::CsvSeparator::Tab:
        return ImportFilePage::tr("tab");
    case Io::CsvSeparator::Whitespace:
        return ImportFilePage::tr("spaces");
    case Io::CsvSeparator::Comma:
    case Io::CsvSeparator::Auto:
        break;
    }
    return ImportFilePage::tr("comma (,)");
}

bool looksLikeVCard(const QString &path, const QByteArray &start)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"vcf" || suffix == u"vcard")
        return true;
    return start.trimmed().toUpper().startsWith("BEGIN:VCARD");
}

// The fields of the first lines read with a separator: their counts, or empty when unreadable.
QList<qsizetype> fieldCounts(const QByteArray &start, Io::CsvSeparator separator, Io::TextEncoding encoding)
{
    QByteArray bytes = start;
    const bool utf16 = encoding == Io::TextEncoding::Utf16LE || encoding == Io::TextEncoding::Utf16BE;
    if (!utf16 && bytes.lastIndexOf('\n') > 0) // whole lines only
        bytes.truncate(bytes.lastIndexOf('\n') + 1);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Io::CsvReader reader(buffer, {separator, 1024 * 1024, encoding});
    Io::CsvRecord record;
    QList<qsizetype> counts;
    while (counts.size() <= SampleRows) {
        auto more = reader.next(record);
        if (!more.ok() || !*more)
            break;
        counts.append(record.fields.size());
    }
    return counts;
}

} // namespace

ImportFilePage::ImportFilePage(ImportState &state, QWidget *parent)
    : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("A CSV file (from a spreadsheet, Google Contacts, Outlook or a shop's order export) or a vCard "
                   "file (.vcf)."));
    m_path = new QLineEdit(this);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browseButton);
    m_encoding = new QComboBox(this);
    for (auto encoding : {Io::TextEncoding::Utf8, Io::TextEncoding::ShiftJis, Io::TextEncoding::Utf16LE,
                          Io::TextEncoding::Utf16BE})
        m_encoding->addItem(Io::encodingLabel(encoding), static_cast<int>(encoding));
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("importEntity"));
    m_entity->addItem(tr("Contacts (people)"), QStringLiteral("contact"));
    m_entity->addItem(tr("Companies"), QStringLiteral("company"));
    m_entity->addItem(tr("Activities (calls, emails, meetings … of existing contacts)"), QStringLiteral("activity"));
    m_entity->addItem(tr("Orders (purchase history: customer, date, amount)"), QStringLiteral("order"));
    m_separator = new QComboBox(this);
    m_separator->setObjectName(QStringLiteral("importSeparator"));
    m_separator->addItem(tr("Detect"), static_cast<int>(Io::CsvSeparator::Auto));
    for (auto separator : {Io::CsvSeparator::Comma, Io::CsvSeparator::Semicolon, Io::CsvSeparator::Tab,
                           Io::CsvSeparator::Whitespace})
        m_separator->addItem(separatorLabel(separator), static_cast<int>(separator));
    m_header = new QCheckBox(tr("The first line names the columns"), this);
    m_header->setObjectName(QStringLiteral("importHasHeader"));
    m_header->setChecked(true);
    m_header->setToolTip(tr("Clear this for a file that starts with data; its columns are then numbered."));
    m_detected = new QLabel(this);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("importFileDetails"));
    m_details->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("File:"), row);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("The file holds:"), m_entity);
    form->addRow(tr("Delimiter:"), m_separator);
    form->addRow(QString(), m_header);
    form->addRow(QString(), m_detected);
    form->addRow(QString(), m_details);

    connect(browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportFilePage::detect);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFilePage::readHeaders);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &ImportFilePage::entityChanged);
    connect(m_separator, &QComboBox::currentIndexChanged, this, &ImportFilePage::readHeaders);
    connect(m_header, &QCheckBox::toggled, this, &ImportFilePage::readHeaders);
    entityChanged();
}

// Only the order import reads files without a header row.
void ImportFilePage::entityChanged()
{
    m_state.entity = m_entity->currentData().toString();
    const bool orders = m_state.entity == u"order";
    m_header->setVisible(orders);
    if (!orders && !m_header->isChecked())
        m_header->setChecked(true); // reads the headers again
}

// The chosen delimiter; when detecting, spaces if the lines split on commas, semicolons or tabs
// make one field each but on spaces the same number of fields (CDNOW's fixed-width text).
Io::CsvSeparator ImportFilePage::chooseSeparator(const QByteArray &start) const
{
    const auto chosen = static_cast<Io::CsvSeparator>(m_separator->currentData().toInt());
    if (chosen != Io::CsvSeparator::Auto || m_state.vcard)
        return chosen;
    const QList<qsizetype> detected = fieldCounts(start, Io::CsvSeparator::Auto, m_state.encoding);
    if (detected.isEmpty() || detected.first() != 1)
        return chosen;
    const QList<qsizetype> spaced = fieldCounts(start, Io::CsvSeparator::Whitespace, m_state.encoding);
    const bool even = !spaced.isEmpty() && spaced.first() >= 2
                      && std::all_of(spaced.cbegin(), spaced.cend(), [&](qsizetype n) { return n == spaced.first(); });
    return even ? Io::CsvSeparator::Whitespace : chosen;
}

void ImportFilePage::setFile(const QString &path)
{
    m_path->setText(path);
    detect();
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), QString(), tr("CSV and vCard files (*.csv *.txt *.vcf *.vcard);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

// Reads the start of the file: vCard or CSV, and the encoding its bytes show.
void ImportFilePage::detect()
{
    m_readable = false;
    m_state.filePath = m_path->text().trimmed();
    QFile file(m_state.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_detected->setText(tr("Cannot open the file: %1").arg(file.errorString()));
        m_details->clear();
        Q_EMIT completeChanged();
        return;
    }
    const QByteArray sample = file.read(Io::EncodingSampleBytes);
    const auto detected = Io::detectEncoding(sample, file.atEnd());
    m_state.vcard = looksLikeVCard(m_state.filePath, sample);
    if (m_state.vcard) // a card is a person
        m_entity->setCurrentIndex(0);
    m_entity->setEnabled(!m_state.vcard);
    m_separator->setEnabled(!m_state.vcard);
    m_state.entity = m_entity->currentData().toString();
    m_detected->setText(tr("Detected encoding: %1").arg(Io::encodingLabel(detected.encoding)));
    {
        const QSignalBlocker blocker(m_encoding);
        m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(static_cast<int>(detected.encoding))));
    }
    readHeaders();
}

// The header row and the first rows, read with the chosen encoding.
void ImportFilePage::readHeaders()
{
    m_readable = false;
    m_state.encoding = static_cast<Io::TextEncoding>(m_encoding->currentData().toInt());
    m_state.headers.clear();
    m_state.sampleRows.clear();
    if (m_state.vcard) {
        m_readable = QFileInfo(m_state.filePath).isReadable();
        m_details->setText(tr("vCard file: each card becomes a contact."));
        Q_EMIT completeChanged();
        return;
    }
    QFile file(m_state.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    m_state.separator = chooseSeparator(file.peek(Io::EncodingSampleBytes));
    m_state.hasHeader = m_header->isChecked() || m_state.entity != u"order";
    Io::CsvReader reader(file, {m_state.separator, 1024 * 1024, m_state.encoding});
    Io::CsvRecord record;
    for (int i = 0; i <= SampleRows; ++i) {
        auto more = reader.next(record);
        if (!more.ok()) {
            if (i == 0) {
                m_details->setText(tr("%1: %2").arg(QFileInfo(m_state.filePath).fileName(), more.error().message));
                Q_EMIT completeChanged();
                return;
            }
            break;
        }
        if (!*more)
            break;
        if (i == 0 && m_state.hasHeader) {
            m_state.headers = record.fields;
            continue;
        }
        if (i == 0) { // columns by number, named as the importer names them in its report
            for (qsizetype c = 0; c < record.fields.size(); ++c)
                m_state.headers << Io::Tr::tr("column %1").arg(c + 1);
        }
        m_state.sampleRows.append(record.fields);
    }
    m_readable = !m_state.headers.isEmpty();
    m_details->setText(m_readable ? tr("CSV file, delimiter: %1; %n column(s) in the header row.", nullptr,
                                       int(m_state.headers.size()))
                                        .arg(separatorLabel(reader.separator()))
                                  : tr("The file is empty."));
    Q_EMIT completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return m_readable;
}

bool ImportFilePage::validatePage()
{
    return m_readable;
}

int ImportFilePage::nextId() const
{
    return m_state.vcard ? ImportWizard::PreviewPage : ImportWizard::MappingPage;
}

} // namespace Kizuna::Ui
