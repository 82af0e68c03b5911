package app.footprint.demo;

/** Counts what the Discord writers put into the package, record by record, as they write it. */
final class DiscordTally {
    int profileFacts;
    int lastIpAddresses;
    int relationships;
    int friends;
    int blockedUsers;
    int notes;
    int connections;
    int payments;
    int servers;
    int auditLogEntries;
    int channels;
    int channelFolders;
    int messages;
    int parentsMessages;
    int events;
    int sentMessageEvents;
    int genderPredictions;
    int agePredictions;

    DiscordFacts toFacts() {
        return new DiscordFacts(profileFacts, lastIpAddresses, relationships, friends, blockedUsers, notes,
                connections, payments, servers, auditLogEntries, channels, channelFolders, messages, parentsMessages,
                events, sentMessageEvents, genderPredictions, agePredictions);
    }
}
