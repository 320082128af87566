// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace Kizuna::Demo {

// The demo shop: a specialty coffee, tea and sweets retailer that also sells corporate gifts.
// Eight categories of eight products in three variants each (192 products).
struct ProductBase
{
    const char *name;
    int basePrice; // JPY for the first variant
};

struct ProductVariant
{
    const char *label;
    double priceFactor;
};

struct Category
{
    const char *name;
    const char *skuPrefix;
    ProductBase products[8];
    ProductVariant variants[3];
    int monthWeight[12]; // relative popularity January..December (100 = average)
};

std::span<const Category> categories();
int giftCategoryIndex(); // the gift sets, which B2B deals sell in quantity

struct Stage
{
    const char *name;
    double probability;
    int rottingDays;
};
std::span<const Stage> pipelineStages();

struct Weighted
{
    const char *text;
    int weight;
};
std::span<const Weighted> lostReasons();

struct Tag
{
    const char *name;
    const char *color;
};
// Index constants match the order of tags().
enum TagIndex { TagVip, TagRepeater, TagBusiness, TagNewsletter, TagLine, TagEvent, TagReferral,
                TagFollowUp, TagGift, TagDormant };
std::span<const Tag> tags();

// Company name parts: Japanese roots and business words, English roots and words.
struct CompanyWord
{
    const char *text;
    const char *reading;
    const char *romaji;
    const char *industry; // only for business words
};
std::span<const CompanyWord> companyRoots();
std::span<const CompanyWord> companyBusinesses();
std::span<const CompanyWord> englishCompanyRoots();
std::span<const CompanyWord> englishCompanyBusinesses();

std::span<const char *const> departments();
std::span<const char *const> jobTitles();

} // namespace Kizuna::Demo
