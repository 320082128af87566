// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demogenerator.h"
#include "core/demo/demotime.h"
#include "core/demo/random.h"

#include <cstdint>
#include <string>
#include <vector>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Demo {

struct City;

// Independent random streams, one per kind of record (see Random).
enum Stream : std::uint64_t {
    StreamUsers = 1, StreamProducts, StreamPipeline, StreamTags, StreamCompanies, StreamCampaigns,
    StreamContacts, StreamDealBlocks
};

enum CampaignChannel { Newsletter, StepEmail, LineMessage, DirectMail, Webinar, Flyer, ChannelCount };
enum CampaignStatus { Draft, Scheduled, Running, Done };

struct ProductRef
{
    IdText id;
    int category = 0;
    int price = 0; // JPY
};

struct CompanyRef
{
    IdText id;
    std::string name;
    std::string domain;
    std::string phone;
    int owner = 0;
    std::int64_t createdMs = 0;
};

struct VariantRef
{
    IdText id;
    double openRate = 0.3;
};

struct CampaignRef
{
    IdText id;
    int channel = Newsletter;
    int status = Done;
    int startDay = 0;
    int endDay = 0;
    int variantCount = 1;
    VariantRef variants[2];
    double joinProbability = 0.05;
};

// Everything that contacts refer to: written first, then shared read-only by the contact loop.
struct World
{
    World(const DemoOptions &options, QDate asOf);

    std::uint64_t seed;
    std::int64_t contactCount;
    Timeline timeline;

    std::vector<IdText> users;
    std::vector<const char *> userNames;
    std::vector<int> ownerWeights; // per user: how many contacts they own
    std::vector<ProductRef> products; // index = (category * 8 + base) * 3 + variant
    IdText pipeline{};
    std::vector<IdText> stages;
    std::vector<IdText> lostReasons;
    std::vector<IdText> tags;
    std::vector<CompanyRef> companies;
    std::vector<CampaignRef> campaigns;

    const City &pickCity(Random &random) const;
    int productIndex(int category, int base, int variant) const { return (category * 8 + base) * 3 + variant; }

private:
    std::vector<int> m_cityCumulative;
};

// Writes users, products, the pipeline, lost reasons, tags, companies and campaigns.
Status writeReferenceData(Storage::Database &db, World &world, DemoSummary &summary);

// Text helpers shared by the generators.
std::string phoneNumber(Random &random, const char *areaCode);
std::string mobileNumber(Random &random);
std::string postalCode(Random &random, const City &city);
std::string streetLine(Random &random, bool allowBuilding);

} // namespace Kizuna::Demo
