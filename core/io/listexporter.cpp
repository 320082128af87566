// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/listexporter.h"

#include "core/io/csvwriter.h"
#include "core/io/iotr.h"
#include "core/io/listsource.h"

#include <QSaveFile>

namespace Kizuna::Io {

namespace {

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// True when the encoding has every character of `text`. (QStringEncoder::encode() is lazy: the
// conversion runs when its result becomes a QByteArray.)
bool encodes(QStringView text, TextEncoding encoding)
{
    const auto encoder = newEncoder(encoding);
    const QByteArray bytes = encoder->encode(text);
    return !encoder->hasError() && (!bytes.isEmpty() || text.isEmpty());
}

// The first character (a whole surrogate pair) of `text` that the encoding does not have; a
// null string when it has them all. Only used after the writer failed: one encoder per probe.
QString firstUnencodable(QStringView text, TextEncoding encoding)
{
    if (isAscii(text) || encodes(text, encoding))
        return {};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QStringView character = text.sliced(i, length);
        if (!encodes(character, encoding))
            return character.toString();
        i += length - 1;
    }
    return {};
}

QString cannotWrite(const QString &character, TextEncoding encoding)
{
    return Tr::tr("\"%1\" (U+%2) cannot be written in %3; correct it or export as UTF-8")
        .arg(character,
             QString::number(character.toUcs4().value(0), 16).toUpper().rightJustified(4, u'0'),
             encodingLabel(encoding));
}

// The error for a page the encoding could not write, naming the row, its record and the column.
Error unencodableInPage(const QList<QStringList> &page, qint64 rowsBefore, const QStringList &headers,
                        TextEncoding encoding, const Error &fallback)
{
    for (qsizetype r = 0; r < page.size(); ++r) {
        const QStringList &fields = page.at(r);
        for (qsizetype c = 0; c < fields.size(); ++c) {
            const QString character = firstUnencodable(fields.at(c), encoding);
            if (character.isNull())
                continue;
            return Error::badInput(Tr::tr("row %1 (%2), column \"%3\": %4")
                                       .arg(rowsBefore + r + 1)
                                       .arg(fields.value(0), headers.value(c), cannotWrite(character, encoding)));
        }
    }
    return fallback;
}

Error unencodableInHeaders(const QStringList &headers, TextEncoding encoding, const Error &fallback)
{
    for (const QString &heading : headers) {
        const QString character = firstUnencodable(heading, encoding);
        if (!character.isNull())
            return Error::badInput(Tr::tr("the heading \"%1\": %2").arg(heading, cannotWrite(character, encoding)));
    }
    return fallback;
}

void writeRow(CsvWriter &writer, const QStringList &fields, qsizetype columns)
{
    for (qsizetype c = 0; c < columns; ++c) {
        const QString text = fields.value(c);
        writer.addField(text, text.isEmpty());
    }
    writer.endRow();
}

} // namespace

Result<qint64> exportList(Storage::Database &db, ListSource &source, const QString &path,
                          const ListExportOptions &options)
{
    const QStringList headers = source.headers();
    auto total = source.count(db);
    if (!total.ok())
        return total.error();
    const auto keepGoing = [&](qint64 written) { return !options.progress || options.progress(written, *total); };
    if (!keepGoing(0))
        return Error::cancelled(Tr::tr("%1: export cancelled, nothing was written").arg(path));

    // QSaveFile writes to a temporary file beside `path` and renames it only on commit().
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    CsvWriter writer(file, CsvOptions{options.byteOrderMark, ',', options.encoding, options.formulaProtection});
    writeRow(writer, headers, headers.size());
    if (Status flushed = writer.flush(); !flushed.ok())
        return flushed.error().kind == ErrorKind::BadInput
            ? unencodableInHeaders(headers, options.encoding, flushed.error())
            : flushed.error();

    const int pageSize = qMax(1, options.pageSize);
    qint64 written = 0;
    for (;;) {
        auto page = source.nextPage(db, pageSize);
        if (!page.ok())
            return Error{page.error().kind, Tr::tr("%1: cannot read the list: %2").arg(path, page.error().message)};
        for (const QStringList &fields : std::as_const(*page))
            writeRow(writer, fields, headers.size());
        // Flushed after every page, so a character the encoding lacks is in this page.
        if (Status flushed = writer.flush(); !flushed.ok())
            return flushed.error().kind == ErrorKind::BadInput
                ? unencodableInPage(*page, written, headers, options.encoding, flushed.error())
                : flushed.error();
        written += page->size();
        if (!keepGoing(written))
            return Error::cancelled(Tr::tr("%1: export cancelled, nothing was written").arg(path));
        if (page->size() < pageSize)
            break;
    }
    if (Status finished = writer.finish(); !finished.ok())
        return finished.error();
    if (!file.commit())
        return Error::storage(Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    return written;
}

} // namespace Kizuna::Io
