/** `npm run user -- <command>`: manage accounts and API tokens in the database file. */
import { parseArgs } from 'node:util';
import { createAccount, findAccount, listAccounts, setDisabled, setPassword, setRole } from './auth/accounts.ts';
import { audit } from './auth/audit.ts';
import { generatePassword, passwordProblem } from './auth/password.ts';
import { isRole } from './auth/roles.ts';
import { revokeUserSessions } from './auth/sessions.ts';
import { createApiToken, revokeApiTokens } from './auth/tokens.ts';
import { loadConfig } from '../data/config.ts';
import { openStore, StoreLockedError, type Store } from '../data/db/store.ts';

const USAGE = `usage: npm run user -- <command> [--db FILE]
  add NAME --role viewer|analyst|admin [--password-stdin]   create an account (prints a generated password)
  token NAME [--label TEXT]                                print a new API token for the account
  revoke NAME                                              end the account's sessions and revoke its tokens
  list                                                     list accounts
  role NAME viewer|analyst|admin                           change an account's role (ends its sessions)
  password NAME [--password-stdin]                         set a new password (ends its sessions)
  disable NAME | enable NAME                               lock an account out (revokes everything) or let it back in`;

class Usage extends Error {}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function newPassword(fromStdin: boolean): Promise<{ password: string; generated: boolean }> {
  if (!fromStdin) return { password: generatePassword(), generated: true };
  const password = await readStdin();
  const problem = passwordProblem(password);
  if (problem) throw new Error(problem);
  return { password, generated: false };
}

async function account(store: Store, name: string | undefined) {
  if (!name) throw new Usage('name the account');
  const a = await findAccount(store, name);
  if (!a) throw new Error(`no account named "${name}"`);
  return a;
}

async function run(store: Store, cmd: string, args: string[], o: { role?: string; label?: string; 'password-stdin'?: boolean }): Promise<string> {
  const actor = `cli:${process.env.USER ?? 'unknown'}`;
  const [name, extra] = args;
  switch (cmd) {
    case 'add': {
      if (!name) throw new Usage('name the account');
      if (!isRole(o.role)) throw new Usage('--role must be viewer, analyst or admin');
      const { password, generated } = await newPassword(!!o['password-stdin']);
      const a = await createAccount(store, name, o.role, password);
      await audit(store, { actor, action: 'user.add', target: a.name, detail: { role: a.role } });
      return generated ? `created ${a.role} "${a.name}"; password (shown once): ${password}` : `created ${a.role} "${a.name}"`;
    }
    case 'token': {
      const a = await account(store, name);
      const t = await createApiToken(store, a.id, o.label ?? null);
      await audit(store, { actor, action: 'token.add', target: a.name, detail: { id: t.id } });
      return t.token;
    }
    case 'revoke': {
      const a = await account(store, name);
      const sessions = await revokeUserSessions(store, a.id);
      const tokens = await revokeApiTokens(store, a.id);
      await audit(store, { actor, action: 'user.revoke', target: a.name, detail: { sessions, tokens } });
      return `revoked ${sessions} session(s) and ${tokens} token(s) of "${a.name}"`;
    }
    case 'list':
      return (await listAccounts(store)).map((a) => `${a.name}\t${a.role}${a.disabled ? '\tdisabled' : ''}\t${a.createdAt}`).join('\n') || '(no accounts)';
    case 'role': {
      const a = await account(store, name);
      if (!isRole(extra)) throw new Usage('the role must be viewer, analyst or admin');
      await setRole(store, a.id, extra);
      await revokeUserSessions(store, a.id);
      await audit(store, { actor, action: 'user.change', target: a.name, detail: { role: extra } });
      return `"${a.name}" is now ${extra}`;
    }
    case 'password': {
      const a = await account(store, name);
      const { password, generated } = await newPassword(!!o['password-stdin']);
      await setPassword(store, a.id, password);
      await revokeUserSessions(store, a.id);
      await audit(store, { actor, action: 'user.change', target: a.name, detail: { password: true } });
      return generated ? `new password for "${a.name}" (shown once): ${password}` : `password of "${a.name}" changed`;
    }
    case 'disable':
    case 'enable': {
      const a = await account(store, name);
      await setDisabled(store, a.id, cmd === 'disable');
      if (cmd === 'disable') { await revokeUserSessions(store, a.id); await revokeApiTokens(store, a.id); }
      await audit(store, { actor, action: 'user.change', target: a.name, detail: { disabled: cmd === 'disable' } });
      return `"${a.name}" ${cmd}d`;
    }
    default:
      throw new Usage(cmd ? `unknown command "${cmd}"` : 'give a command');
  }
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: { role: { type: 'string' }, label: { type: 'string' }, db: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
    });
  } catch (err) {
    process.stderr.write(`user: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [cmd = '', ...rest] = parsed.positionals;
  let store: Store;
  try {
    store = await openStore(parsed.values.db ?? loadConfig(process.env).dbPath);
  } catch (err) {
    if (!(err instanceof StoreLockedError)) throw err;
    process.stderr.write(`user: ${err.message}.\nWhile the server runs, an admin manages accounts through /api/admin/users; otherwise stop the server first.\n`);
    return 1;
  }
  try {
    process.stdout.write(`${await run(store, cmd, rest, parsed.values)}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`user: ${(err as Error).message}\n${err instanceof Usage ? `${USAGE}\n` : ''}`);
    return err instanceof Usage ? 2 : 1;
  } finally {
    store.close();
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`user: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
