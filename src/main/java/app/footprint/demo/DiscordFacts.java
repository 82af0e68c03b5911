package app.footprint.demo;

/**
 * What Jana's Discord data package holds, counted while it was written; read it with
 * {@code DemoPersona.standard().facts().of(DiscordFacts.class)}.
 *
 * @param profileFacts     plain facts in {@code Account/user.json} (user id, names, e-mail, flags...) and the
 *                         app language; not the last IP address, nor the "0" tag number of new user names
 * @param lastIpAddresses  the {@code ip} field of the account: one
 * @param relationships    entries in {@code relationships}: friends, open friend requests, blocked users
 * @param friends          ... of which friends
 * @param blockedUsers     ... of which blocked
 * @param notes            notes she wrote on other users
 * @param connections      connected accounts (Spotify, PayPal)
 * @param payments         payments, including a failed one
 * @param servers          servers in {@code Servers/index.json}
 * @param auditLogEntries  entries in the audit log of the server she moderates
 * @param channels         channels named in {@code Messages/index.json}, two of them without a name
 * @param channelFolders   channel folders, each with {@code channel.json} and {@code messages.json}
 * @param messages         messages she wrote, in all channel folders
 * @param parentsMessages  ... of which in the parents-to-be server, all after July 2023
 * @param events           activity events with an event type, in {@code Activity/analytics}
 * @param sentMessageEvents ... of which "send_message", one per message
 * @param genderPredictions lines with Discord's predicted gender
 * @param agePredictions   lines with Discord's predicted age
 */
public record DiscordFacts(int profileFacts, int lastIpAddresses, int relationships, int friends, int blockedUsers,
                           int notes, int connections, int payments, int servers, int auditLogEntries, int channels,
                           int channelFolders, int messages, int parentsMessages, int events,
                           int sentMessageEvents, int genderPredictions, int agePredictions) {

    /** Lines in the events file: events and predictions. */
    public int eventFileLines() {
        return events + genderPredictions + agePredictions;
    }
}
