// SPDX-License-Identifier: GPL-3.0-or-later
// The records the contacts refer to: users, catalogue, pipeline, lost reasons, tags, companies
// and campaigns with their variants.
#include "core/demo/catalog.h"
#include "core/demo/demoworld.h"
#include "core/demo/names.h"
#include "core/demo/places.h"
#include "core/demo/rowbinder.h"
#include "core/demo/texts.h"
#include "core/storage/database.h"

#include <cmath>

namespace Kizuna::Demo {

namespace {

struct UserSeed
{
    const char *name;
    const char *email;
    const char *role;
    int ownerWeight;
};

constexpr UserSeed Users[] = {
    {"佐藤 健一", "sato.kenichi@demo.example.jp", "owner", 2},
    {"鈴木 美咲", "suzuki.misaki@demo.example.jp", "manager", 10},
    {"高橋 翔", "takahashi.sho@demo.example.jp", "sales", 24},
    {"田中 彩", "tanaka.aya@demo.example.jp", "sales", 24},
    {"伊藤 大輔", "ito.daisuke@demo.example.jp", "sales", 22},
    {"Emily Carter", "emily.carter@demo.example.jp", "sales", 18},
};

template<typename T>
const T &pick(Random &random, std::span<const T> items)
{
    return items[random.below(items.size())];
}

Status writeUsers(Storage::Database &db, World &world, DemoSummary &summary)
{
    auto insert = db.cached("INSERT INTO users (id, name, email, role, active, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, 1, ?, ?)");
    if (!insert.ok())
        return insert.error();
    Random random(world.seed, StreamUsers);
    const std::int64_t created = world.timeline.start() - 30 * Timeline::MsPerDay;
    for (const UserSeed &user : Users) {
        world.users.push_back(makeId(random));
        world.userNames.push_back(user.name);
        world.ownerWeights.push_back(user.ownerWeight);
        KIZUNA_TRY(RowBinder(*insert).id(world.users.back()).text(user.name).text(user.email)
                       .text(user.role).stamp(created).stamp(created).run());
        ++summary.users;
    }
    return {};
}

Status writeProducts(Storage::Database &db, World &world, DemoSummary &summary)
{
    auto insert = db.cached("INSERT INTO products (id, sku, name, category, unit_price, active, "
                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)");
    if (!insert.ok())
        return insert.error();
    Random random(world.seed, StreamProducts);
    const std::int64_t created = world.timeline.start() - 20 * Timeline::MsPerDay;
    const auto all = categories();
    for (std::size_t c = 0; c < all.size(); ++c) {
        const Category &category = all[c];
        for (int b = 0; b < 8; ++b) {
            for (int v = 0; v < 3; ++v) {
                ProductRef product;
                product.id = makeId(random);
                product.category = static_cast<int>(c);
                // Prices end in 0 yen, as shop prices do.
                product.price = static_cast<int>(std::lround(category.products[b].basePrice
                                                             * category.variants[v].priceFactor / 10.0)) * 10;
                const std::string sku = std::string(category.skuPrefix) + '-' + char('0' + (b + 1) / 10)
                                        + char('0' + (b + 1) % 10) + '-' + char('A' + v);
                const std::string name = std::string(category.products[b].name) + ' '
                                         + category.variants[v].label;
                KIZUNA_TRY(RowBinder(*insert).id(product.id).text(sku).text(name).text(category.name)
                               .real(product.price).stamp(created).stamp(created).run());
                world.products.push_back(product);
                ++summary.products;
            }
        }
    }
    return {};
}

Status writePipeline(Storage::Database &db, World &world)
{
    Random random(world.seed, StreamPipeline);
    const std::int64_t created = world.timeline.start() - 20 * Timeline::MsPerDay;
    world.pipeline = makeId(random);
    auto pipeline = db.cached("INSERT INTO pipelines (id, name, position, created_at, updated_at) "
                              "VALUES (?, ?, 0, ?, ?)");
    if (!pipeline.ok())
        return pipeline.error();
    KIZUNA_TRY(RowBinder(*pipeline).id(world.pipeline).text("標準パイプライン").stamp(created)
                   .stamp(created).run());
    auto stage = db.cached("INSERT INTO pipeline_stages (id, pipeline_id, name, position, probability, "
                           "rotting_days, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stage.ok())
        return stage.error();
    int position = 0;
    for (const Stage &s : pipelineStages()) {
        world.stages.push_back(makeId(random));
        KIZUNA_TRY(RowBinder(*stage).id(world.stages.back()).id(world.pipeline).text(s.name)
                       .integer(position++).real(s.probability).integer(s.rottingDays)
                       .stamp(created).stamp(created).run());
    }
    auto reason = db.cached("INSERT INTO lost_reasons (id, name, position, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?)");
    if (!reason.ok())
        return reason.error();
    position = 0;
    for (const Weighted &r : lostReasons()) {
        world.lostReasons.push_back(makeId(random));
        KIZUNA_TRY(RowBinder(*reason).id(world.lostReasons.back()).text(r.text).integer(position++)
                       .stamp(created).stamp(created).run());
    }
    return {};
}

Status writeTags(Storage::Database &db, World &world, DemoSummary &summary)
{
    Random random(world.seed, StreamTags);
    const std::int64_t created = world.timeline.start() - 20 * Timeline::MsPerDay;
    for (const Tag &tag : tags()) {
        const IdText fresh = makeId(random);
        // A tag of the same name that the user already made is reused (names are unique).
        auto existing = db.cached("SELECT id FROM tags WHERE name = ? AND deleted_at IS NULL");
        if (!existing.ok())
            return existing.error();
        RowBinder(*existing).text(tag.name);
        auto row = (*existing)->step();
        if (!row.ok())
            return row.error();
        if (*row) {
            const QByteArray id = (*existing)->columnText(0).toUtf8().leftJustified(36, ' ', true);
            IdText reused{};
            std::memcpy(reused.text, id.constData(), sizeof reused.text);
            world.tags.push_back(reused);
            continue;
        }
        auto insert = db.cached("INSERT INTO tags (id, name, color, created_at, updated_at) "
                                "VALUES (?, ?, ?, ?, ?)");
        if (!insert.ok())
            return insert.error();
        KIZUNA_TRY(RowBinder(*insert).id(fresh).text(tag.name).text(tag.color).stamp(created)
                       .stamp(created).run());
        world.tags.push_back(fresh);
        ++summary.tags;
    }
    return {};
}

CompanyRef makeCompany(Random &random, World &world, std::string &reading, const char *&industry)
{
    CompanyRef company;
    company.id = makeId(random);
    std::string core;
    std::string romaji;
    if (random.chance(0.12)) {
        const CompanyWord &root = pick(random, englishCompanyRoots());
        const CompanyWord &business = pick(random, englishCompanyBusinesses());
        static constexpr const char *Forms[] = {" Inc.", " Co., Ltd.", " K.K."};
        company.name = std::string(root.text) + ' ' + business.text + Forms[random.below(3)];
        reading = std::string(root.reading) + business.reading;
        romaji = std::string(root.romaji) + '-' + business.romaji;
        industry = business.industry;
    } else {
        const CompanyWord &business = pick(random, companyBusinesses());
        if (random.chance(0.4)) {
            const NamePart &family = japaneseFamilyNames()[random.below(40)];
            core = std::string(family.text) + business.text;
            reading = std::string(family.reading) + business.reading;
            romaji = std::string(family.romaji) + '-' + business.romaji;
        } else {
            const CompanyWord &root = pick(random, companyRoots());
            core = std::string(root.text) + business.text;
            reading = std::string(root.reading) + business.reading;
            romaji = std::string(root.romaji) + '-' + business.romaji;
        }
        industry = business.industry;
        const std::uint64_t form = random.below(10);
        company.name = form < 5   ? "株式会社" + core
                       : form < 8 ? core + "株式会社"
                       : form < 9 ? core + "合同会社"
                                  : "有限会社" + core;
    }
    company.domain = romaji + ".example.co.jp";
    company.owner = static_cast<int>(random.weighted(world.ownerWeights.data(), world.ownerWeights.size()));
    // Companies come early in the history, so their contacts rarely predate them.
    const auto offset = static_cast<std::int64_t>(random.uniform() * 0.3 * Timeline::HistoryDays
                                                  * Timeline::MsPerDay);
    company.createdMs = world.timeline.start() + offset;
    return company;
}

Status writeCompanies(Storage::Database &db, World &world, DemoSummary &summary)
{
    auto insert = db.cached(
        "INSERT INTO companies (id, name, name_reading, domain, industry, size, phone, postal_code, "
        "prefecture, city, address_line, country, owner_id, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'JP', ?, NULL, ?, ?)");
    if (!insert.ok())
        return insert.error();
    static constexpr const char *Sizes[] = {"micro", "small", "medium", "large"};
    static constexpr int SizeWeights[] = {35, 40, 18, 7};
    const std::int64_t count = std::max<std::int64_t>(3, world.contactCount / 40);
    world.companies.reserve(static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; ++i) {
        Random random(world.seed, StreamCompanies, static_cast<std::uint64_t>(i));
        std::string reading;
        const char *industry = nullptr;
        CompanyRef company = makeCompany(random, world, reading, industry);
        const City &city = world.pickCity(random);
        company.phone = phoneNumber(random, city.areaCode);
        const std::string postal = postalCode(random, city);
        std::string line = streetLine(random, false);
        line += ' ';
        line += pick(random, townNames());
        line += "ビル ";
        line += std::to_string(random.between(1, 9));
        line += 'F';
        const char *size = Sizes[random.weighted(SizeWeights, 4)];
        const std::int64_t updated = company.createdMs
                                     + static_cast<std::int64_t>(random.uniform()
                                                                 * double(world.timeline.now() - company.createdMs));
        KIZUNA_TRY(RowBinder(*insert).id(company.id).text(company.name).text(reading)
                       .text(company.domain).text(industry).text(size).text(company.phone)
                       .text(postal).text(city.prefecture).text(city.city).text(line)
                       .id(world.users[static_cast<std::size_t>(company.owner)])
                       .stamp(company.createdMs).stamp(updated).run());
        world.companies.push_back(std::move(company));
        ++summary.companies;
    }
    return {};
}

} // namespace

World::World(const DemoOptions &options, QDate asOf)
    : seed(options.seed), contactCount(options.contacts), timeline(asOf)
{
    int total = 0;
    for (const City &city : cities()) {
        total += city.weight;
        m_cityCumulative.push_back(total);
    }
}

const City &World::pickCity(Random &random) const
{
    const auto target = static_cast<int>(random.below(static_cast<std::uint64_t>(m_cityCumulative.back())));
    std::size_t low = 0;
    std::size_t high = m_cityCumulative.size() - 1;
    while (low < high) {
        const std::size_t mid = (low + high) / 2;
        if (m_cityCumulative[mid] > target)
            high = mid;
        else
            low = mid + 1;
    }
    return cities()[low];
}

Status writeCampaigns(Storage::Database &db, World &world, DemoSummary &summary);

Status writeReferenceData(Storage::Database &db, World &world, DemoSummary &summary)
{
    KIZUNA_TRY(writeUsers(db, world, summary));
    KIZUNA_TRY(writeProducts(db, world, summary));
    KIZUNA_TRY(writePipeline(db, world));
    KIZUNA_TRY(writeTags(db, world, summary));
    KIZUNA_TRY(writeCompanies(db, world, summary));
    return writeCampaigns(db, world, summary);
}

std::string phoneNumber(Random &random, const char *areaCode)
{
    const int areaDigits = static_cast<int>(std::strlen(areaCode));
    const int middleDigits = 6 - areaDigits;
    std::string phone(areaCode);
    phone += '-';
    for (int i = 0; i < middleDigits; ++i)
        phone += char('0' + (i == 0 ? random.between(1, 9) : random.between(0, 9)));
    phone += '-';
    for (int i = 0; i < 4; ++i)
        phone += char('0' + random.between(0, 9));
    return phone;
}

std::string mobileNumber(Random &random)
{
    static constexpr const char *Prefixes[] = {"090", "080", "070"};
    static constexpr int Weights[] = {50, 40, 10};
    std::string phone(Prefixes[random.weighted(Weights, 3)]);
    phone += '-';
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            phone += '-';
        phone += char('0' + (i == 0 ? random.between(1, 9) : random.between(0, 9)));
    }
    return phone;
}

std::string postalCode(Random &random, const City &city)
{
    std::string code(city.postalPrefix);
    code += '-';
    for (int i = 0; i < 4; ++i)
        code += char('0' + random.between(0, 9));
    return code;
}

std::string streetLine(Random &random, bool allowBuilding)
{
    const auto towns = townNames();
    std::string line(towns[random.below(towns.size())]);
    line += std::to_string(random.between(1, 9));
    line += '-';
    line += std::to_string(random.between(1, 30));
    line += '-';
    line += std::to_string(random.between(1, 20));
    if (allowBuilding && random.chance(0.35)) {
        const auto buildings = buildingNames();
        line += ' ';
        line += buildings[random.below(buildings.size())];
        line += ' ';
        line += std::to_string(random.between(1, 12) * 100 + random.between(1, 8));
    }
    return line;
}

} // namespace Kizuna::Demo
