import {
  emailSchema,
  organisationSchema,
  passwordSchema,
  personNameSchema,
  roleSchema,
  slugSchema,
  API_TOKEN_MAX_DAYS,
} from '@kring/shared';
import { z } from 'zod';
import { AUDIT_CSV_HEADER, auditCsvLine } from '../audit/auditCsv.js';
import { SYSTEM_CALLER } from '../auth/Caller.js';
import { DomainError } from '../domainError.js';
import type { Services } from '../services.js';

/** Arguments of each account command (validated the same way in the CLI and in the server). */
export const ACCOUNT_COMMANDS = {
  'create-user': z.object({
    email: emailSchema,
    name: personNameSchema,
    organisation: organisationSchema,
    password: passwordSchema.optional(),
    admin: z.boolean().default(false),
    guest: z.boolean().default(false),
  }),
  'create-token': z.object({
    email: emailSchema,
    name: z.string().trim().min(1).max(80),
    expiresDays: z.coerce.number().int().min(1).max(API_TOKEN_MAX_DAYS).optional(),
  }),
  'create-community': z.object({
    slug: slugSchema,
    name: z.string().trim().min(1).max(120),
    description: z.string().trim().max(2000).default(''),
    owner: emailSchema.optional(),
  }),
  'add-member': z.object({ community: slugSchema, email: emailSchema, role: roleSchema }),
  'reset-password': z.object({ email: emailSchema }),
  'audit-export': z.object({ community: slugSchema.optional() }),
} as const;

/** Name of an account command. */
export type AccountCommandName = keyof typeof ACCOUNT_COMMANDS;

/** True for the names of {@link ACCOUNT_COMMANDS}. */
export function isAccountCommand(name: string): name is AccountCommandName {
  return Object.hasOwn(ACCOUNT_COMMANDS, name);
}

async function userByEmail(services: Services, email: string) {
  const user = await services.users.byEmail(email);
  if (user === undefined)
    throw new DomainError(404, 'not_found', `no account has the email ${email}`);
  return user;
}

/**
 * Runs an account command against the services (in the CLI process when the server is stopped,
 * or inside the running server). Returns what to print; `audit-export` returns the CSV.
 * @throws {DomainError} for refused commands (message printed as is).
 */
export async function runAccountCommand(
  services: Services,
  name: AccountCommandName,
  rawArgs: unknown,
  publicUrl: string,
): Promise<string> {
  const parsed = ACCOUNT_COMMANDS[name].safeParse(rawArgs);
  if (!parsed.success) {
    throw new DomainError(
      400,
      'invalid_request',
      parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  }
  switch (name) {
    case 'create-user': {
      const args = ACCOUNT_COMMANDS['create-user'].parse(rawArgs);
      const user = await services.accounts.signup(
        {
          name: args.name,
          email: args.email,
          organisation: args.organisation,
          password: args.password ?? null,
        },
        { allowedDomains: [], ip: null, admin: args.admin, asGuest: args.guest },
      );
      const setPassword =
        args.password === undefined
          ? `\nSet a password within the hour: ${publicUrl}/reset-password/${await services.accounts.issueReset(user.email)}`
          : '';
      return `Created ${user.isAdmin ? 'instance admin' : user.isGuest ? 'guest' : 'user'} ${user.email} (id ${user.id}).${setPassword}`;
    }
    case 'create-token': {
      const args = ACCOUNT_COMMANDS['create-token'].parse(rawArgs);
      const user = await userByEmail(services, args.email);
      const { token } = await services.tokens.create(user.id, args.name, args.expiresDays);
      await services.audit.record({
        action: 'token.created',
        actorId: user.id,
        details: { name: args.name, via: 'cli' },
      });
      return token;
    }
    case 'create-community': {
      const args = ACCOUNT_COMMANDS['create-community'].parse(rawArgs);
      const owner = args.owner === undefined ? null : (await userByEmail(services, args.owner)).id;
      const community = await services.communities.create(SYSTEM_CALLER, args, owner);
      return `Created community ${community.slug} (id ${community.id}).`;
    }
    case 'add-member': {
      const args = ACCOUNT_COMMANDS['add-member'].parse(rawArgs);
      const user = await userByEmail(services, args.email);
      await services.communities.setMember(SYSTEM_CALLER, args.community, user.id, args.role);
      return `${args.email} is now ${args.role} of ${args.community}.`;
    }
    case 'reset-password': {
      const args = ACCOUNT_COMMANDS['reset-password'].parse(rawArgs);
      const token = await services.accounts.issueReset(args.email);
      if (token === null)
        throw new DomainError(404, 'not_found', `no account has the email ${args.email}`);
      return `Send this link to the account holder; it works once, within the hour:\n${publicUrl}/reset-password/${token}`;
    }
    case 'audit-export': {
      const args = ACCOUNT_COMMANDS['audit-export'].parse(rawArgs);
      const communityId =
        args.community === undefined
          ? undefined
          : (await services.communities.bySlug(args.community))?.id;
      if (args.community !== undefined && communityId === undefined) {
        throw new DomainError(404, 'not_found', `no community ${args.community}`);
      }
      const lines = [`${AUDIT_CSV_HEADER.join(',')}\r\n`];
      for await (const entry of services.audit.all(communityId)) {
        const actor = entry.actorId === null ? undefined : await services.users.byId(entry.actorId);
        lines.push(auditCsvLine(entry, actor?.name ?? ''));
      }
      return lines.join('');
    }
  }
}
