import { ConfigError } from '../config/config';
import { MigrationError } from '../db/migrate';
import { connectionFailureReason, describeStartupFailure, StartupError } from './startup-error';

describe('connectionFailureReason', () => {
  const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

  it('names common network failures', () => {
    expect(connectionFailureReason(withCode('ECONNREFUSED'))).toBe('connection refused');
    expect(connectionFailureReason(withCode('ENOTFOUND'))).toBe('host not found');
  });

  it('looks inside the AggregateError Node raises for hosts with several addresses', () => {
    const error = new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], '');
    expect(connectionFailureReason(error)).toBe('connection refused');
  });

  it('names refusals by the server by their SQLSTATE', () => {
    expect(connectionFailureReason(withCode('28P01', 'password authentication failed for user "x"'))).toBe(
      'password authentication failed',
    );
    expect(connectionFailureReason(withCode('3D000'))).toBe('the database does not exist');
  });

  it('recognises timeouts and otherwise keeps the first line of the message', () => {
    expect(connectionFailureReason(new Error('Connection terminated due to connection timeout'))).toBe(
      'no answer from the server in time',
    );
    expect(connectionFailureReason(new Error('something odd\n  at frame'))).toBe('something odd');
  });
});

describe('describeStartupFailure', () => {
  it('passes through messages written for operators', () => {
    expect(describeStartupFailure(new ConfigError('PORT must be …'))).toBe('PORT must be …');
    expect(describeStartupFailure(new StartupError('PORT 4300 is already in use'))).toBe(
      'PORT 4300 is already in use',
    );
    expect(describeStartupFailure(new MigrationError('database migration 0002_x failed: boom'))).toBe(
      'database migration 0002_x failed: boom',
    );
  });

  it('reduces anything else to one line', () => {
    expect(describeStartupFailure(new Error('bad thing\nat line 2'))).toBe('failed to start: bad thing');
    expect(describeStartupFailure('text')).toBe('failed to start: text');
  });
});
