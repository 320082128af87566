// SPDX-License-Identifier: GPL-3.0-or-later
// Test data shared by the contact import tests (library and real binary).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>

namespace ContactImportFixture {

inline QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    const QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        qFatal("test data cannot be encoded in %s", encoding);
    return bytes;
}

// A contacts file as Japanese Excel saves "CSV (コンマ区切り)": CP932, CRLF, no BOM, with
// characters only CP932 has (①, 髙, 﨑, ㈱) and a quoted field with a comma and a line break.
inline QByteArray excelShiftJisFile()
{
    const QString text = QString::fromUtf8(
        "氏名,フリガナ,メールアドレス,電話番号,会社名,郵便番号,都道府県,住所,生年月日,備考\r\n"
        "山田　太郎,ヤマダ　タロウ,taro@example.jp,03-1234-5678,㈱①商事,100-0001,東京都,千代田区千代田1-1,1980/3/15,\"髙橋様の紹介, 要連絡\r\n2行目\"\r\n"
        "髙﨑 花子,タカサキ ハナコ,hanako@example.jp,090-1111-2222,㈱①商事,5300001,大阪府,大阪市北区梅田1-1,昭和55年3月1日,\r\n"
        "Taro Yamada,,tyamada@example.com,,,,,,,\r\n");
    return encoded(text, "windows-31j");
}

} // namespace ContactImportFixture
